# explicitly raised built-in exception with a message
def parse(s):
    if not s.isdigit():
        raise ValueError("expected digits, got " + repr(s))
    return int(s)
print(parse("42"))
print(parse("4x2"))
