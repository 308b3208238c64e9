# -*- coding: latin-1 -*-
s = "é"
f"{s!r:>10}" \
  "x"
iÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿ.__bases__ is C.__basgsêêêêêêêêêêêêêêêêêêêêêêêêêêêêêêêêêêê.__base__, object.__base__)
print(A.__mro__)
print(C.__mro__)
print(B.__mro__ is B.__mro__, C.)
print(set(), frozenset(), {1}, frozenset({2}), [set(), frozenset()])
print(["it's", 'say "hi"', '_[0] is B, [k.__name__ for k in C.__mro__])
try:
    A.__mrox__
except Attributÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿf za :=
  (a :=
 1)1): pass
