# Calling a list or dict subclass checks the arguments as list___init__
# and dict_init do (list takes no keywords), and a class's own __init__
# replaces them.
class Stack(list):
    pass

class Counter(dict):
    pass

class Own(list):
    def __init__(self, a, b=2):
        self.total = a + b

for make in (lambda: Stack(a=1), lambda: Stack(1, 2), lambda: Stack(5), lambda: Counter(1, 2),
             lambda: Counter(5), lambda: Counter([1]), lambda: Counter([(1, 2, 3)]), lambda: Own(),
             lambda: list.__init__(Stack(), 1, 2), lambda: dict.__init__(Counter(), [], []),
             lambda: list.__init__({}, [])):
    try:
        print(make())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
o = Own(1, b=5)
print(o, o.total, len(o))
print(Stack(), Stack((1, 2)), Stack({'k': 1}), Stack(x * x for x in range(3)))
print(Counter(), Counter([('a', 1)], b=2), Counter({'a': 1}), Counter(zip("ab", range(2))))
