# Caret lines under binary operators (~ and ^) and subscripts, each shown by
# an "Exception ignored in" report from __del__, then one uncaught error.
class Probe:
    def __init__(self, job):
        self.job = job

    def __del__(self):
        self.job()


def add():
    count, label = 3, "apples"
    return count + label


def floor():
    x = 1
    return x//0


def power():
    base = 2
    return base    **    "two"


def nested():
    a, b, c = 1, "x", None
    return a + b * c


def accented():
    word = "caf\u00e9"
    return "d\u00e9j\u00e0 " + word + 1


def index():
    data = [1, 2]
    return data[5]


def key():
    ages = {"ann": 3}
    return ages["carol"]


def nested_index():
    m = [[1]]
    return m[0][1]


def call_index():
    return index.__name__[40]


def store():
    t = (1, 2)
    t[0] = 5


for job in (add, floor, power, nested, accented, index, key, nested_index, call_index, store):
    p = Probe(job)
    del p
    print("survived", job.__name__)

totals = {}
totals["week"] += 1
