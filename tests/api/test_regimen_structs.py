"""
api/convert/rotation.py keeps each regimen's response Struct while the regimen lives: the core's
product regimens (kept with their product) get theirs built once, equal to building it anew, and
any other regimen's entry goes with the regimen.
"""

from __future__ import annotations

import gc
import weakref
from decimal import Decimal

from api.convert import rotation
from calc.reference import Reference
from calc.regimen import regimen_of


def test_a_product_regimen_is_converted_once(reference: Reference) -> None:
    product = reference.products.find("oxycodone", "oral", "extended")
    assert product is not None
    regimen = regimen_of(product, product.doses[3], product.intervals_hours[0])
    struct = rotation.regimen_struct(regimen)

    again = regimen_of(product, product.doses[3], product.intervals_hours[0])

    assert again is regimen
    assert struct is rotation.regimen_struct(again)
    assert rotation._regimen_struct(regimen) == struct
    assert rotation.regimen_struct(None) is None


def test_another_regimens_entry_goes_with_it(reference: Reference) -> None:
    product = reference.products.find("oxycodone", "oral", "immediate")
    assert product is not None
    regimen = regimen_of(product, product.doses[0], product.intervals_hours[0], Decimal(4))
    key = id(regimen)
    struct = rotation.regimen_struct(regimen)

    assert struct is rotation.regimen_struct(regimen)
    del regimen
    gc.collect()
    assert key not in rotation._STRUCTS


def test_a_replaced_entry_stays(reference: Reference) -> None:
    """A late notice for a gone regimen leaves the entry of the regimen that replaced it."""
    product = reference.products.find("oxycodone", "oral", "immediate")
    assert product is not None
    regimen = regimen_of(product, product.doses[1], product.intervals_hours[0], Decimal(3))
    rotation.regimen_struct(regimen)
    other = regimen_of(product, product.doses[1], product.intervals_hours[0], Decimal(2))
    rotation._forget(id(regimen), weakref.ref(other))

    assert rotation._STRUCTS[id(regimen)][0]() is regimen
