"""Refusals added to the adjunct-table loader: duplicates, defaults outside ranges, fractions."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from calc.errors import TableError
from tables.loader import TABLES_DIR, load_reference


def copy_with(tmp_path: Path, file: str, old: str, new: str) -> Path:
    folder = tmp_path / "tables"
    shutil.copytree(TABLES_DIR, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    path = folder / file
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {file}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return folder


class TestAdjunctValueChecks:
    """Each broken value names its file and value."""

    @pytest.mark.parametrize(
        ("file", "old", "new", "where"),
        [
            (
                "adjunct-naltrexone.toml",
                'name = "default_start_mg"\nvalue = 1',
                'name = "default_start_mg"\nvalue = 9',
                "default_start_mg",
            ),
            (
                "adjunct-clonidine.toml",
                'name = "doses_per_day"\nvalue = 2',
                'name = "doses_per_day"\nvalue = 2.5',
                "doses_per_day",
            ),
        ],
        ids=["default-outside-range", "fractional-doses-per-day"],
    )
    def test_value_refused(self, tmp_path: Path, file: str, old: str, new: str, where: str) -> None:
        """A default outside its range or a fractional count stops the load."""
        folder = copy_with(tmp_path, file, old, new)

        with pytest.raises(TableError) as info:
            load_reference(folder)

        assert info.value.where.startswith(file)
        assert info.value.where.endswith(where)

    def test_duplicate_drug_list(self, tmp_path: Path) -> None:
        """A second [[drug_lists]] of the same name cannot silently replace the first."""
        text = (TABLES_DIR / "adjunct-naltrexone.toml").read_text(encoding="utf-8")
        block = text[text.index("[[drug_lists]]") :]
        folder = copy_with(tmp_path, "adjunct-naltrexone.toml", block, block + "\n" + block)

        with pytest.raises(TableError) as info:
            load_reference(folder)

        assert "defined twice" in info.value.problem
