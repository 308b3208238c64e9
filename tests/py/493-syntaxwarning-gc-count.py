# The compiler warns about `is` with a literal ("SyntaxWarning: "is" with a
# literal. Did you mean "=="?") while it generates code, before the program
# runs.  To quote the line, the warning display opens this file through io,
# and the tuples, dict, list and slice that takes come from free lists the
# compiler had emptied: the count the first statement sees is higher.  A
# finally block is compiled twice (normal and exceptional exit), so it warns twice.
import gc

print("first statement sees", gc.get_count())


def is_zero(n):
    return n is 0


try:
    answer = is_zero(0)
finally:
    checked = answer is not 1

print(answer, checked)
print("last statement sees", gc.get_count())
