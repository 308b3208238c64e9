# nested functions, functions as values, passing functions as arguments
def apply_twice(f, x):
    return f(f(x))
def double(n):
    return n * 2
print(apply_twice(double, 5))
def compose(f, g):
    def h(x):
        return f(g(x))
    return h
def inc(x):
    return x + 1
print(compose(double, inc)(10), compose(inc, double)(10))
def by_len(s):
    return len(s)
print(sorted(["ccc", "a", "bb", "dddd"], key=by_len))
print(max(["ccc", "a", "bb"], key=by_len), min(["ccc", "a", "bb"], key=by_len))
print(sorted([5, 2, 8, 1], reverse=True))
