"""Reference data: tables with provenance, and the drugs they cover."""

from __future__ import annotations

from typing import Annotated, Any

from litestar import Request, get
from litestar.exceptions import NotFoundException
from litestar.params import Parameter

from api.area import Area
from api.convert.reference import drug_list, table_detail, table_list
from api.problems import problem_responses
from api.schemas import reference as s
from api.state import reference_of
from calc import UnknownEntryError, table_view


__all__ = ["ReferenceController"]


class ReferenceController(Area):
    """Reference data: the tables and the drugs they cover (a table not found is its own 404)."""

    tags = ("reference",)

    @get(
        "/tables",
        operation_id="list_tables",
        summary="Every loaded table with its provenance",
        sync_to_thread=False,
    )
    def list_tables(self, request: Request[Any, Any, Any]) -> s.TableList:
        return table_list(reference_of(request))

    @get(
        "/tables/{table_id:str}",
        operation_id="get_table",
        summary="One table with every row and its source",
        sync_to_thread=False,
        responses=problem_responses(404),
    )
    def get_table(
        self,
        request: Request[Any, Any, Any],
        table_id: Annotated[
            str, Parameter(description="Table id from GET /v1/tables.", max_length=40)
        ],
    ) -> s.TableDetail:
        try:
            view = table_view(reference_of(request), table_id)
        except UnknownEntryError as exc:
            raise NotFoundException(detail=exc.detail) from exc
        return table_detail(view)

    @get(
        "/drugs",
        operation_id="list_drugs",
        summary="Drugs and routes the tables cover, with the products that dose them and the RxNorm "
        "codes a medication line may name",
        sync_to_thread=False,
    )
    def list_drugs(self, request: Request[Any, Any, Any]) -> s.DrugList:
        return drug_list(reference_of(request))
