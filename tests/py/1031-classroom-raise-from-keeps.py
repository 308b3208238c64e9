# Classroom: what `raise ... from` keeps alive.
import sys
import gc

class Payload:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("payload freed:", self.tag)

def low():
    p = Payload("low")
    raise KeyError("missing")

def high():
    try:
        low()
    except KeyError as e:
        raise ValueError("bad input") from e

try:
    high()
except ValueError as err:
    print("caught:", err)
    print("cause:", repr(err.__cause__))
    print("context is cause:", err.__context__ is err.__cause__)
    print("suppress:", err.__suppress_context__)
    saved = err
print("after except")
print("traceback kept:", saved.__traceback__ is not None)
print("cause traceback kept:", saved.__cause__.__traceback__ is not None)
saved.__cause__.__traceback__ = None
gc.collect()
print("after dropping the cause's traceback")
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("hidden") from None
except RuntimeError as e2:
    print(e2.__cause__, e2.__suppress_context__, type(e2.__context__).__name__)
del saved
gc.collect()
print("done")
