# A builtin type's __dict__ is a mappingproxy over its tp_dict, filled at
# start-up in CPython's order: add_operators' slot wrappers (with __new__
# first), then the methods, members and getsets, then __doc__.  Checks the
# number of entries and the order of the names for the common types.
for t in (object, type, type(None), bool, int, float, complex, str, bytes, tuple, list, dict,
          set, frozenset, range, slice):
    names = list(t.__dict__)
    print(t.__name__, len(t.__dict__), len(names) == len(set(names)))
    print(" ", names)
print(len(int.__dict__) - len(bool.__dict__), len(list.__dict__) + len(tuple.__dict__))
print(type(int.__dict__).__name__, type(vars(int)).__name__)
