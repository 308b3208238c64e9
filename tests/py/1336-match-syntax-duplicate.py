# A pattern may bind a name only once: "multiple assignments to name 'x'
# in pattern", located at the second binding (here the `**x`).
print("never printed")
match {}:
    case {"k": x, **x}:
        pass
