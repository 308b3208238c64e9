# 5000 exceptions chained by __cause__, raised from a function: the report
# is lost as for 1000 (the first print_chained past the limit fails), the
# exception dumped with its refcount (the fetched reference and
# sys.last_value; the function's frame is gone).


class Deep(Exception):
    def __repr__(self):
        return "Deep<%d>" % self.args[0]


def chain(n):
    e = Deep(0)
    for k in range(1, n):
        nxt = Deep(k)
        nxt.__cause__ = e
        e = nxt
    return e


def main():
    raise chain(5000)


try:
    main()
except Deep as d:
    print("caught", d, d.__cause__, d.__suppress_context__)
main()
