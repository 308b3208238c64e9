x: int = 1
y: list
(z): int = 2
a.b: : float = 1.0, **d: dict) -> bool:
    pass
