"""
Every conversion between the API's Structs and calc's values, in one package: request Structs to
calc inputs (``adapters``: floats enter as ``Decimal(str(x))``) and calc results to response
Structs (``rotation``, ``taper``, ``adjuncts``, ``dosing``, ``period``). Route modules import
from here, never from one another.
"""
