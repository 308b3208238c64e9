x: int = 1
y: list
(z): int = 2
a.b: int
def f(a: int, *b: str, c: float = 1.0, **d: dict) -> bool:
    pass
