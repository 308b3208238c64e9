# match in every kind of scope: module level (names go to globals), a
# class body, a function whose capture is a closure cell, a generator,
# a comprehension's function, and a subject made by a walrus.
import sys

match sys.argv:
    case [name]:
        print("one argument:", name.endswith(".py"))
    case [name, *rest]:
        print("more")
print("name" in globals())

class Config:
    mode = ("debug", 3)
    match mode:
        case ("debug", level):
            verbose = level > 2
        case _:
            verbose = False
print(Config.verbose, Config.level)

def counter(start):
    match start:
        case int(n) | [n]:
            def bump():
                nonlocal n
                n += 1
                return n
            return bump
bump = counter([10])
print(bump(), bump(), counter(0)())

def pairs(items):
    for item in items:
        match item:
            case (k, v):
                yield k, v
            case {"k": k}:
                yield k, None
print(list(pairs([(1, 2), {"k": 3}, 4, ("a", "b")])))

def sizes(items):
    return [n for item in items if (n := len(item)) > 1]
match sizes(["a", "bb", "ccc"]):
    case [2, *more]:
        print("starts with 2, then", more)

def describe(v):
    match (n := len(v)):
        case 0:
            return "empty"
        case 1 | 2:
            return f"short ({n})"
        case _:
            return f"long ({n})"
print(describe(""), describe("ab"), describe("abcdef"))
