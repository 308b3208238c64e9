# Mapping patterns: literal and dotted-name keys, extra keys ignored,
# `**rest` (a new dict without the matched keys), an empty pattern, dict
# subclasses, and a key repeated at run time through two names equal to
# each other (ValueError from MATCH_KEYS).
class Keys:
    A = "a"
    B = "a"

class MyDict(dict):
    pass

def look(m):
    match m:
        case {"action": "move", "to": (x, y)}:
            return f"move to {x},{y}"
        case {"action": str(act), **rest} if rest:
            return f"{act} with {sorted(rest.items())}"
        case {"action": act}:
            return f"just {act}"
        case {Keys.A: value}:
            return f"a is {value}"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"

for m in [{"action": "move", "to": (1, 2)}, {"action": "say", "text": "hi", "n": 2},
          {"action": "wait"}, {"a": 5}, {}, MyDict(action="sub"), [("action", 1)], "action"]:
    print(look(m))

d = {1: "one", 2: "two", 3: "three"}
match d:
    case {1: one, **others}:
        print(one, others, others is d)

try:
    match {"a": 1}:
        case {Keys.A: 1, Keys.B: 2}:
            print("matched")
except ValueError as e:
    print("ValueError:", e)
