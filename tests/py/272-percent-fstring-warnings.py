# '...' % (x, y) with only %s, %r or %a directives is an f-string (a JoinedStr) once 3.11's
# optimizer ran (optimize_format), so the compiler's checks see a str: calling it or indexing it
# with a float warns; %d, a constant tuple, a starred item or a count mismatch leave a % operation.
def never_called(x):
    ("%s-%r" % (x, x))(1)
    ("%d" % (x,))(1)
    ("%s" % x)(1)
    ("%s" % (1,))(1)
    ("%-5s" % (x,))(1)
    ("%s" % (*x,))(1)
    ("%s %s" % (x,))(1)
    ("%s" % (x,))[1.5]
    ("%s" % (x,))[1]
def describe(name, n):
    return "%s has %r items" % (name, n)
print(describe("box", 3))
