# int, str, list, dict, set, frozenset, type, code, frame and generator define their own
# __sizeof__ in CPython 3.11, so its argument errors name theirs (int.__sizeof__, bool's too);
# tuple, bytes, float, None, a class's instances and builtin functions use object's, which a
# method call on len (LOAD_METHOD: the generic getattr's unbound path) names too; a bound
# method is named by its self's type.
def g():
    yield 1
class C:
    pass
try:
    1 / 0
except ZeroDivisionError as e:
    fr = e.__traceback__.tb_frame
for x in (5, True, 'a', [1], {1: 2}, {1}, frozenset(), (1,), b'x', 1.5, None, C(), int, len, str.join,
          g(), g.__code__, fr):
    for f in (lambda: x.__sizeof__(1), lambda: x.__sizeof__(a=1), lambda: type(x).__sizeof__(),
              lambda: type(x).__sizeof__(1.5 if type(x) is not float else 'a')):
        try:
            f()
        except TypeError as e:
            print(type(x).__name__, e)
    m = x.__sizeof__
    try:
        m(2)
    except TypeError as e:
        print('bound', e)
print(int.__sizeof__, type.__sizeof__, tuple.__sizeof__, type(g()).__sizeof__)
print(int.__sizeof__ is object.__sizeof__, (5).__sizeof__() == int.__sizeof__(5), int.__sizeof__(True))
