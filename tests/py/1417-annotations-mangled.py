# Annotations name private parameters and class variables by their mangled
# names, as compiler_visit_argannotation and compiler_annassign call
# _Py_Mangle ('return' and dunder names stay as written).
class C:
    __z: int = 5
    __w: str
    __dunder__: float = 1.0
    def f(self, __x: int, *__rest: str, __k: list = [], **__kw: dict) -> None:
        __local: int = 1
        return __x
print(C.__annotations__, C._C__z)
print(C.f.__annotations__)
print(C().f(3), C.f.__kwdefaults__)
