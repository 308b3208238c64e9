# dict and set comprehensions (sets of small ints print in a fixed order)
squares = {x: x * x for x in range(6)}
print(squares)
inv = {v: k for k, v in squares.items()}
print(inv)
print({w: len(w) for w in ["a", "bb", "ccc", "bb"]})
print({x % 5 for x in range(20)})
print(sorted({c for c in "mississippi"}))
print({k: v for k, v in zip("abc", range(3)) if v != 1})
print(len({i // 3 for i in range(30)}))
