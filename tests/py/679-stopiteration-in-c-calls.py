# A generator that raises StopIteration by hand (PEP 479 turns it into a
# RuntimeError), consumed by builtins that call back into it from C:
# max(), min(), int(*...), sorted(), sum(), tuple().
def numbers():
    yield 3
    yield 1
    raise StopIteration

for consume in (max, min, sorted, sum, tuple, list):
    try:
        print(consume.__name__, consume(numbers()))
    except RuntimeError as e:
        print(consume.__name__, "RuntimeError:", e, type(e.__cause__).__name__)
try:
    print(int(*numbers()))
except RuntimeError as e:
    print("int RuntimeError:", e, e.__context__ is e.__cause__)
try:
    print(max(x * 2 for x in numbers()))
except RuntimeError as e:
    print("genexp RuntimeError:", e)
try:
    print(max([]))
except ValueError as e:
    print("ValueError:", e)
print(max([], default="empty"), min((), default=0))
