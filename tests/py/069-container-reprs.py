# reprs of nested containers and empty containers
print([], (), {}, set(), frozenset(), [()], ((),), [[]], {(): []})
print((1,), [1, (2, [3, {4: (5,)}])], {"a": [1, {"b": None}]})
print({1: "one", "two": 2.0, (3, 4): [5], None: True})
print([1.0, -0.0, 1e100, "s", b"b", None])
print({1, 2, 3}, frozenset({5}), {0: set()}, [frozenset()])
print(str(["quote'", 'dq"']), repr([b"\x00"]))
nested = [[[[[1]]]]]
print(nested, len(str(nested)))
