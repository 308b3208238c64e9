# "perhaps you missed a comma?" for calling a constant: the compiler checks the call after the
# AST optimizer ran, so an operation it folds (1 << 100, 2 ** -1, a short tuple repeated, a
# constant subscript) is a constant by then and warns, and one past the folding limits
# (1 << 200, a tuple of more than 1024 nested items) stays an operation and does not.
def pairs_table():
    return ((1, 2), (3, 4))(0)
def never_called():
    (1 << 100)(3)
    (1 << 200)(3)
    (2 ** -1)(1)
    (2 ** 10)[0]
    (((1, 2, 3),) * 200)(1)
    (((1, 2, 3, 4, 5, 6, 7, 8),) * 200)(1)
    (((1, 2), (3, 4)) * 128)(1)
    (((1, 2), (3, 4)) * 129)(1)
    ((1, 2)[0])(5)
    ("ab" * 2)(1)
    ("ab" * -1)(1)
try:
    pairs_table()
except TypeError as e:
    print("TypeError:", e)
