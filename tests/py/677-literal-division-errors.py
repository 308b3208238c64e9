# A teacher's first lesson on errors: dividing by zero with literals.
# The compiler tries to fold 10 / 0 and gives up silently; only running it raises.
import gc

def show(value):
    print(value)

def report(message):
    print(message)

print(gc.get_count())
try:
    show(10 / 0)
except ZeroDivisionError as e:
    report(e)
try:
    show(10 // 0)
except ZeroDivisionError as e:
    report(e)
try:
    show(2.5 % 0)
except ZeroDivisionError as e:
    report(e)
show(10 / 4)
report(gc.get_count())
