# `while True:` loads True before CPython's optimiser folds the test away,
# so True stays in the code's constants (and its key tuple in the
# compiler's cache): the collector's count shows it
import gc
print(gc.get_count())
while True:
    break
print(gc.get_count())


def spin(n):
    while True:
        n -= 1
        if n < 0:
            return n


def spin2():
    while not 0:
        try:
            break
        finally:
            print("finally")


print(spin(3), gc.get_count())
spin2()
print(gc.get_count())
