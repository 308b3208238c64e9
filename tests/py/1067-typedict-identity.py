# The entries of a builtin type's __dict__ are the objects attribute lookup
# on the type gives: a method, slot wrapper, getset or member descriptor is
# itself (no binding through the type); a class method is bound to the
# class on lookup, so it is another object.  Each `__dict__` access makes a
# new mappingproxy over the same dict.
print(int.__dict__["bit_length"] is int.bit_length, int.__dict__["__add__"] is int.__add__)
print(int.__dict__["real"] is int.real, complex.__dict__["imag"] is complex.imag)
print(list.__dict__["append"] is list.append, list.__dict__["__getitem__"] is list.__getitem__)
print(object.__dict__["__setattr__"] is object.__setattr__, object.__dict__["__eq__"] is object.__eq__)
print(str.__dict__["join"] is str.join, str.__dict__["__len__"] is str.__len__)
print(dict.__dict__["fromkeys"] is dict.fromkeys, dict.__dict__["fromkeys"] == dict.fromkeys)
print(bool.__dict__["__and__"] is bool.__and__, bool.__dict__.get("__add__"), bool.__add__ is int.__add__)
print(int.__dict__ is int.__dict__, int.__dict__ == int.__dict__, vars(int) == int.__dict__)
print(list.__dict__["__hash__"] is list.__hash__, list.__hash__ is None)
a = int.__dict__
b = int.__dict__
print(a is b, a == b, id(a["real"]) == id(b["real"]))
print(set(list.__dict__) <= set(dir(list)), sorted(set(dir(bool)) - set(bool.__dict__))[:4])
