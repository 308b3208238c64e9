# and/or return operands, short-circuit evaluation, not
print(0 or "default", "value" or "default", [] or {} or "last")
print(1 and 2, 0 and 2, "a" and "" and "c", None and 1)
print(not 1, not 0, not not [], (1 or 0) and (0 or 3))
def t(v):
    print("called", v)
    return v
print(t(0) and t(1))
print(t(1) or t(2))
print(t(1) and t(0) or t(3))
x = None
name = x or "anonymous"
print(name)
print(True and False or True, not True == False)
