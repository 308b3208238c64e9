# Sequence patterns: list and tuple syntax, a star in any position (a
# named star builds a list; `*_` indexes the subject instead), nested
# sequences, and the subjects that are sequences for a pattern (list,
# tuple, range) and those that are not (str, bytes, bytearray, dict, set).
def shape(s):
    match s:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case (a, b):
            return f"pair: {a} {b}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long: {first} {middle} {last}"
        case [first, *_, last]:
            return f"ends: {first} {last}"
        case _:
            return "not a sequence"

for s in [[], [1], (1, 2), [1, 2, 3], [1, 2, 3, 4, 5, 6], range(4), "ab", b"ab",
          bytearray(b"ab"), {1: 2, 3: 4}, {1, 2}, 12]:
    print(repr(s), "->", shape(s))

def nested(s):
    match s:
        case [[a, b], [c, *rest]]:
            return a, b, c, rest
        case [*head, [*tail]]:
            return head, tail
    return None

print(nested([[1, 2], [3, 4, 5]]))
print(nested([1, 2, [3]]))
print(nested([[1], 2]))
match [1, 2, 3]:
    case [*all_of_it]:
        print(all_of_it, type(all_of_it).__name__)
match (1, 2):
    case [_, _]:
        print("two wildcards")
