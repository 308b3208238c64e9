# The parser's check of a class pattern: positional sub-patterns after a
# keyword one are an error spanning those positional patterns.
print("never printed")
match 0:
    case int(real=0, 1, 2):
        pass
