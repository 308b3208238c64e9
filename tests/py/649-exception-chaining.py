import sys
class MyErr(Exception):
    pass
def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("bad") from e
try:
    f()
except ValueError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
    print(type(e.__traceback__).__name__, e.__traceback__.tb_lineno)
try:
    try:
        {}['k']
    except KeyError:
        [][1]
except IndexError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise MyErr("one")
    except MyErr:
        raise MyErr("two") from None
except MyErr as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
e = ValueError("x")
e.__cause__ = KeyError("k")
print(e.__suppress_context__, repr(e.__cause__))
e.__suppress_context__ = False
print(e.__suppress_context__)
try:
    e.__cause__ = 5
except TypeError as t:
    print(t)
e.note = 3
print(e.note, e.__context__, e.__traceback__)
try:
    try:
        raise KeyError('a')
    finally:
        print(undefined_name)
except NameError as n:
    print(repr(n.__context__))
def g():
    try:
        raise MyErr('inner')
    except MyErr:
        raise TypeError('outer')
g()
