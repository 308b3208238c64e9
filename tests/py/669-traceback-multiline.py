# Spans over several lines: the caret line runs to the last non-blank
# character of the first line; an attribute on a later line is located
# there; an assert points at its comparison.
class Probe:
    def __init__(self, job):
        self.job = job

    def __del__(self):
        self.job()


def compute(a, b):
    return a // b


def call():
    result = compute(
        1,
        0)
    return result


def binop(a, b):
    return (a +
            b)


def operands():
    return binop(1, "x")


class Box:
    pass


def attribute():
    box = Box()
    return (box
            .missing)


def method():
    box = Box()
    return (box
            .grow(2))


def checked(v):
    assert (v >
            0), "negative"


def check():
    checked(-1)


def check_boolean():
    v = 0
    assert v or v > 1, "both false"


def subscript():
    x = [1]
    return x[
        5]


for job in (call, operands, attribute, method, check, check_boolean, subscript):
    p = Probe(job)
    del p
    print("survived", job.__name__)

box = Box()
box.count += 1
