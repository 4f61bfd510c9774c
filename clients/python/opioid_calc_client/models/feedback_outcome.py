from typing import Literal

FeedbackOutcome = Literal["accepted", "overridden"]

FEEDBACK_OUTCOME_VALUES: set[FeedbackOutcome] = {
    "accepted",
    "overridden",
}


def check_feedback_outcome(value: str) -> FeedbackOutcome:
    if value in FEEDBACK_OUTCOME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FEEDBACK_OUTCOME_VALUES!r}")
