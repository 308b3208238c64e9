"""Differential tables for tests/14-bigint.c and tests/15-num.c.

Run through tests/num/regen.sh with CPython 3.11.2.  Every expected value
comes from this interpreter: results, exception types and messages, and
the size of the PyLongObject each int operation allocates.

Allocation oracle: tracemalloc records the size CPython asks PyObject_Malloc
for.  The growth of traced memory across one call, minus the int object the
measurement itself creates (BASE), is the request of the result object;
temporaries freed inside the call cancel out.  A result that `is` the first
operand, or a cached small int, allocates nothing.
"""
import gc
import math
import operator
import os
import random
import struct
import sys
import tracemalloc

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20231123)

# ---------------------------------------------------------------- helpers

def cstr(s):
    """A C string literal for text s (UTF-8, octal escapes)."""
    if s is None:
        return "NULL"
    out = ['"']
    for b in s.encode("utf-8", "surrogatepass"):
        c = chr(b)
        if c in '"\\':
            out.append("\\" + c)
        elif 0x20 <= b < 0x7f and c != "?":
            out.append(c)
        else:
            out.append("\\%03o" % b)
    out.append('"')
    return "".join(out)


def dbits(x):
    return "0x%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def bits2d(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


gc.disable()
tracemalloc.start()
_traced = tracemalloc.get_traced_memory


def measure(f, *args):
    t0 = _traced()[0]
    r = f(*args)
    t1 = _traced()[0]
    return r, t1 - t0


BASE = min(measure(operator.is_, 1, 2)[1] for _ in range(8))


def alloc_of(f, *args):
    """(result, origin, request bytes) of one int operation.  The smallest
    of three measurements drops unrelated allocations (free-list refills)."""
    r, delta = measure(f, *args)
    for _ in range(2):
        r, d2 = measure(f, *args)
        delta = min(delta, d2)
    delta -= BASE
    if type(r) is not int:
        return r, "O_NONE", 0
    if args and r is args[0] and not -5 <= r <= 256:
        assert delta == 0, (f, args, delta)
        return r, "O_SAME", 0
    if -5 <= r <= 256:
        assert delta == 0, (f, args, delta)
        return r, "O_SMALL", 0
    assert delta > 0, (f, args, delta)
    return r, "O_NEW", delta


def fresh(v):
    """A new int object equal to v (never a cached small int unless v is)."""
    return int(hex(v), 16) if v >= 0 else -int(hex(-v), 16)


ERRS = {ZeroDivisionError: "ST_ZERO", OverflowError: "ST_OVERFLOW",
        ValueError: "ST_VALUE", MemoryError: "ST_MEMORY"}


def run(f, *args):
    """(status, message, result...) of f."""
    try:
        return "ST_OK", None, alloc_of(f, *args)
    except tuple(ERRS) as e:
        return ERRS[type(e)], str(e), None

# ---------------------------------------------------------------- operands

def edge_ints():
    vals = {0, 1, 2, 3, 5, 6, 7, 10, 255, 256, 257, 1000, 10**6}
    for k in (15, 29, 30, 31, 32, 52, 53, 54, 59, 60, 61, 62, 63, 64, 65, 89, 90, 91, 120):
        vals |= {2**k - 1, 2**k, 2**k + 1}
    vals |= {(2**30 - 1)**2, (2**30 - 1)**3, 10**18, 10**19, 10**100, 2**1000, 2**1000 - 1,
             math.factorial(20), math.factorial(50), math.factorial(100)}
    out = sorted(vals)
    return out + [-v for v in out if v]


def rand_int(maxdigits=12):
    n = rng.randint(1, maxdigits)
    kind = rng.random()
    if kind < 0.15:
        v = (1 << (30 * n)) - 1                  # all digits full
    elif kind < 0.25:
        v = 1 << rng.randint(0, 30 * n)          # powers of two
    elif kind < 0.35:
        v = (1 << (30 * n)) - rng.randint(1, 1000)
    else:
        v = rng.getrandbits(30 * n) | (1 << (30 * n - rng.randint(1, 30)))
    return -v if rng.random() < 0.5 else v


def big_ints():
    return [math.factorial(300), math.factorial(500), 3**3000, -(7**2500),
            rng.getrandbits(6000), -rng.getrandbits(4500), (1 << 4200) - 1,
            rng.getrandbits(2200) | 1 << 2199, rng.getrandbits(9000)]

# ---------------------------------------------------------------- int cases

INT_ROWS = []


def row(op, a=None, b=None, c=None, k=0, status="ST_OK", msg=None,
        r=None, o1="O_NONE", n1=0, r2=None, o2="O_NONE", n2=0):
    alen = len(a.encode("utf-8", "surrogatepass")) if a is not None else 0
    INT_ROWS.append("{%s, %s, %d, %s, %s, %d, %s, %s, %s, %s, %d, %s, %s, %d}" % (
        op, cstr(a), alen, cstr(b), cstr(c), k, status, cstr(msg), cstr(r), o1, n1,
        cstr(r2), o2, n2))


def hx(v):
    return None if v is None else hex(v)


BINOPS = [("add", operator.add), ("sub", operator.sub), ("mul", operator.mul),
          ("floordiv", operator.floordiv), ("mod", operator.mod), ("divq", None), ("divr", None),
          ("and", operator.and_), ("or", operator.or_), ("xor", operator.xor)]
PAIR_ROWS = []
PAIR_MSGS = {}          # (op, status) -> the one message CPython uses


def digest(v):
    """64-bit digest of an int, recomputed by the C test: low 64 bits of
    the two's complement XOR hash(v) times a constant."""
    return ((v & (2**64 - 1)) ^ ((hash(v) * 0x9E3779B97F4A7C15) & (2**64 - 1)))


def cell(name, st, msg, res):
    if st != "ST_OK":
        assert PAIR_MSGS.setdefault((name, st), msg) == msg, (name, msg)
        return "{%s, 0, O_NONE, 0}" % st
    return "{ST_OK, 0x%016xu, %s, %d}" % (digest(res[0]), res[1], res[2])


def binop_rows(a, b):
    cells = []
    for name, f in BINOPS:
        if name == "divq":
            cells += divmod_cells(a, b)
        elif f:
            cells.append(cell(name, *run(f, fresh(a), fresh(b))))
    try:
        td, tds = dbits(a / b), "ST_OK"
    except (ZeroDivisionError, OverflowError) as e:
        td, tds = "0", ERRS[type(e)]
        assert PAIR_MSGS.setdefault(("truediv", tds), str(e)) == str(e)
    PAIR_ROWS.append("{%s, %s, {%s}, %su, %s, %d}" % (
        cstr(hx(a)), cstr(hx(b)), ", ".join(cells), td, tds, (a > b) - (a < b)))


def divmod_cells(a, b):
    if b == 0:
        try:
            divmod(a, b)
        except ZeroDivisionError as e:
            return [cell("divmod", "ST_ZERO", str(e), None)] * 2
    x, y = fresh(a), fresh(b)
    q, oq, nq = alloc_of(operator.floordiv, x, y)
    r, orr, nr = alloc_of(operator.mod, x, y)
    (q2, r2), total = measure(divmod, x, y)
    assert (q2, r2) == (q, r) and total - BASE == nq + nr, (a, b, total, nq, nr)
    assert (r2 is x) == (orr == "O_SAME") or orr == "O_SMALL"
    return [cell("divq", "ST_OK", None, (q, oq, nq)), cell("divr", "ST_OK", None, (r, orr, nr))]


def unary_rows(a):
    for name, f in [("OP_NEG", operator.neg), ("OP_POS", operator.pos), ("OP_ABS", abs),
                    ("OP_INVERT", operator.invert)]:
        res = alloc_of(f, fresh(a))
        row(name, hx(a), r=hx(res[0]), o1=res[1], n1=res[2])
    row("OP_HASH", hx(a), r=hx(hash(a)))
    row("OP_BITLEN", hx(a), r=hx(a.bit_length()))
    row("OP_BOOL", hx(a), k=int(bool(a)))
    try:
        row("OP_TODOUBLE", hx(a), r=dbits(float(a)))
    except OverflowError as e:
        row("OP_TODOUBLE", hx(a), status="ST_OVERFLOW", msg=str(e))
    st, msg, res = run(str, a)
    row("OP_STR", hx(a), status=st, msg=msg, r=res and res[0])
    for name, f in [("OP_HEX", hex), ("OP_OCT", oct), ("OP_BIN", bin)]:
        row(name, hx(a), r=f(a))


def shift_rows(a, counts):
    for s in counts:
        for name, f in [("OP_LSHIFT", operator.lshift), ("OP_RSHIFT", operator.rshift)]:
            if name == "OP_LSHIFT" and a != 0 and 1 << 20 < s < 1 << 62:
                continue                     # CPython would build it; we cap
            if name == "OP_LSHIFT" and a != 0 and s >= 1 << 62:
                try:
                    f(a, s)
                    raise AssertionError("shift did not fail")
                except (OverflowError, MemoryError) as e:
                    row(name, hx(a), hx(s), status=ERRS[type(e)], msg=str(e))
                continue
            st, msg, res = run(f, fresh(a), fresh(s))
            if st != "ST_OK":
                row(name, hx(a), hx(s), status=st, msg=msg)
            else:
                row(name, hx(a), hx(s), r=hx(res[0]), o1=res[1], n1=res[2])


def pow_rows(a, b, m=None):
    try:
        if m is None:
            if b < 0:
                row("OP_POW", hx(a), hx(b), status="ST_FLOAT")
                return
            res = alloc_of(operator.pow, fresh(a), fresh(b))
            row("OP_POW", hx(a), hx(b), r=hx(res[0]), o1=res[1], n1=res[2])
        else:
            res = alloc_of(pow, fresh(a), fresh(b), fresh(m))
            row("OP_POW3", hx(a), hx(b), hx(m), r=hx(res[0]), o1=res[1], n1=res[2])
    except ValueError as e:
        row("OP_POW3", hx(a), hx(b), hx(m), status="ST_VALUE", msg=str(e))


def from_str_rows():
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    cases = ["0", "00", "-0", "+5", " 42 ", "\t-17\n", "1_000", "1__0", "_1", "1_", "",
             " ", "-", "+-1", "1e5", "1.0", "0x", "0x1f", "0X1F", "0o17", "0b101", "0b",
             "0_0", "012", "08", "00", "0x_1", "0x__1", "0b1_0", "\u0663\u0664", "\u3000 12 \u3000",
             "\x851", "\x1c1", "12\x003", "\xa0-7\xa0", "1" * 300, "x" * 300, "\xe9" * 250,
             "it's", 'a"b', "a'b\"c", "0" * 30 + "1000000", "-" + "9" * 40,
             " " + "7" * 641, "zz", "ZZ", "\U0001d7d9\U0001d7da"]
    for s in cases:
        for base in (10, 0, 16, 2, 36, 7):
            str_row(s, base)
    for s in ["1" * 4300, "1" * 4301, "0" * 5000, "1_" * 4300 + "1", "1" * 4301 + "x", "f" * 5000]:
        for base in (10, 16):
            str_row(s, base)
    str_row("12", 1)
    str_row("12", 37)
    str_row("12", -1)
    for _ in range(600):
        base = rng.choice([0, 2, 3, 4, 5, 7, 8, 10, 10, 10, 12, 16, 16, 20, 32, 36])
        b = base or 10
        n = rng.choice([1, 2, 5, 9, 10, 18, 19, 28, 40, 60, 100, 200])
        s = "".join(rng.choice(digits[:b]) for _ in range(n))
        if rng.random() < 0.3:
            s = "0" * rng.randint(1, 20) + s
        if rng.random() < 0.2 and len(s) > 2:
            i = rng.randint(1, len(s) - 1)
            s = s[:i] + "_" + s[i:]
        if rng.random() < 0.3:
            s = rng.choice(["-", "+", " ", "  -"]) + s
        if base in (0, 16, 8, 2) and rng.random() < 0.3:
            pre = {16: "0x", 8: "0o", 2: "0b", 0: rng.choice(["0x", "0o", "0b"])}[base]
            s = pre + s.lstrip("0") if base else s
        if rng.random() < 0.05:
            s += rng.choice(["!", " x", "."])
        str_row(s, base)


def str_row(s, base):
    try:
        res = alloc_of(int, s, base)
        row("OP_FROMSTR", s, k=base, r=hx(res[0]), o1=res[1], n1=res[2])
    except ValueError as e:
        row("OP_FROMSTR", s, k=base, status="ST_VALUE", msg=str(e))


def from_double_rows():
    vals = [0.0, -0.0, 0.5, -0.9, 1.0, 255.9, 256.0, 257.0, -5.5, -6.0, 1e6, 2.0**30 - 1,
            2.0**30, 2.0**31, 1e10, 2.0**53, 2.0**62, 2.0**63 - 1024, -2.0**63, 2.0**63,
            2.0**64, 1e20, 1e22, 1.7976931348623157e308, -1e300, 2.0**90, 2.0**119,
            2.0**120, float("inf"), float("-inf"), float("nan")]
    for _ in range(400):
        vals.append(bits2d(rng.getrandbits(64)))
    for _ in range(200):
        vals.append(rng.uniform(-1, 1) * 2.0**rng.randint(0, 200))
    for d in vals:
        try:
            res = alloc_of(int, d)
            row("OP_FROMDOUBLE", dbits(d), r=hx(res[0]), o1=res[1], n1=res[2])
        except (OverflowError, ValueError) as e:
            row("OP_FROMDOUBLE", dbits(d), status=ERRS[type(e)], msg=str(e))


def limit_rows():
    # str() right at and beyond the 4300-digit limit; hex() is exempt
    for v in (10**4299, 10**4300 - 1, 10**4300, -(10**4300 - 1), -(10**4300), 2**14400,
              3**9000):
        st, msg, res = run(str, v)
        row("OP_STR", hx(v), status=st, msg=msg, r=res and res[0])


def int_cases():
    edges = edge_ints()
    pair_edges = [0, 1, 2, 5, 6, 7, 255, 256, 257, 2**30 - 1, 2**30, 2**30 + 1, 2**31,
                  2**53 + 1, 2**60 - 1, 2**60, 2**63 - 1, 2**63, 2**64 + 1, (2**30 - 1)**2,
                  2**90, 10**19]
    pair_edges += [-v for v in pair_edges if v]
    for a in pair_edges:
        for b in pair_edges:
            binop_rows(a, b)
    pool = edges + [rand_int() for _ in range(200)] + big_ints()
    for a in pool:
        unary_rows(a)
    for _ in range(1200):
        binop_rows(rand_int(), rand_int())
    for _ in range(60):
        a, b = rand_int(40), rand_int(40)
        binop_rows(a, b)
    bigs = big_ints()
    for a in bigs[:4]:
        for b in [bigs[1], rand_int(3), rand_int(90), 12345]:
            binop_rows(a, b)
            binop_rows(b, a)
    # near digit boundaries: products and sums that just fill a digit
    for k in range(1, 8):
        for d in (-1, 0, 1):
            a = (1 << (30 * k)) + d
            for b in (1, -1, (1 << 30) - 1, 1 << 30, a, -a):
                binop_rows(a, b)
    counts = [0, 1, 2, 29, 30, 31, 59, 60, 61, 64, 89, 90, 100, 1000, 2**31, 2**62, 2**63,
              2**64, 2**70, 30 * 2**61 + 7, -1]
    for a in edges[::4] + [rand_int(12) for _ in range(40)] + [2**1000, -(2**1000), -(2**1000 - 1)]:
        shift_rows(a, counts if abs(a) < 2**200 else counts[:14] + [-1])
    for a in [0, 1, -1, 2, -2, 3, 7, -7, 10, 2**30, -(2**30), 2**31 - 1, 12345678901, 2**65 + 3,
              -(3**50)]:
        for b in [0, 1, 2, 3, 4, 5, 7, 8, 13, 30, 31, 63, 64, 100, -1, -2]:
            pow_rows(a, b)
    for a in [0, 1, -1, 2, 2**100 + 1]:
        for b in [2**61, 2**61 + 1, 2**90 + 12345]:
            if abs(a) <= 1:
                pow_rows(a, b)
    for _ in range(150):
        a, b = rand_int(3), rng.randint(0, 70)
        if abs(a).bit_length() * b < 30000:
            pow_rows(a, b)
    for _ in range(250):
        a, b = rand_int(6), rand_int(4)
        m = rand_int(rng.choice([1, 2, 4, 8]))
        pow_rows(a, b, m)
    for a, b, m in [(3, -1, 7), (2, -1, 4), (5, 0, 1), (5, 3, -1), (5, 3, 0), (-3, 5, 7),
                    (-3, -5, 7), (10**30, 10**20 + 7, 2**89 - 1), (2, 2**100, 10**9 + 7),
                    (7, 2**200 + 1, -(10**40 + 3))]:
        pow_rows(a, b, m)
    for a in [0, 5, 15, 25, 35, -25, -15, 1234, -1234, 1250, 1350, -1250, 2**30 + 5, 10**20 + 5 * 10**9,
              -(10**20) - 5 * 10**9, 2**100, -(2**100), 999999999999999999999, 5 * 10**40]:
        for n in [0, 1, 5, -1, -2, -3, -9, -10, -15, -20, -21, -40, -41, -100]:
            res = alloc_of(round, fresh(a), n)
            row("OP_ROUND", hx(a), hx(n), r=hx(res[0]), o1=res[1], n1=res[2])
    from_str_rows()
    from_double_rows()
    limit_rows()


def write_int_cases():
    int_cases()
    path = os.path.join(OUT, "bigint_cases.inc")
    with open(path, "w") as f:
        f.write("/* Generated by tests/num/gen.py with %s: do not edit. */\n" %
                sys.version.split()[0])
        f.write("/* {op, a, len(a), b, c, k, status, msg, r, origin, bytes, r2, origin2, bytes2} */\n")
        for r in INT_ROWS:
            f.write(r + ",\n")
    print("bigint_cases.inc: %d cases" % len(INT_ROWS))
    path = os.path.join(OUT, "bigint_pairs.inc")
    with open(path, "w") as f:
        f.write("/* Generated by tests/num/gen.py with %s: do not edit. */\n" %
                sys.version.split()[0])
        f.write("/* {a, b, {{status, digest, origin, bytes} x %d: %s}, a / b bits, status, cmp} */\n"
                % (len(BINOPS), " ".join(n for n, _ in BINOPS)))
        for r in PAIR_ROWS:
            f.write(r + ",\n")
    path = os.path.join(OUT, "bigint_msgs.inc")
    with open(path, "w") as f:
        f.write("/* Generated by tests/num/gen.py: the message of each binary-op error. */\n")
        for (name, st), msg in sorted(PAIR_MSGS.items()):
            f.write("{%s, %s, %s},\n" % (cstr(name), st, cstr(msg)))
    print("bigint_pairs.inc: %d pairs x %d results" % (len(PAIR_ROWS), len(BINOPS) + 2))


# ---------------------------------------------------------------- float cases

NUM_ROWS = []


def nrow(op, a=None, b=None, k=0, status="ST_OK", msg=None, r=None, r2=None):
    alen = len(a.encode("utf-8", "surrogatepass")) if a is not None else 0
    blen = len(b.encode("utf-8", "surrogatepass")) if b is not None else 0
    kstr = "INT64_MIN" if k == -2**63 else "INT64_C(%d)" % k
    NUM_ROWS.append("{%s, %s, %d, %s, %d, %s, %s, %s, %s, %s}" % (
        op, cstr(a), alen, cstr(b), blen, kstr, status, cstr(msg), cstr(r), cstr(r2)))


def nextafter(x, d):
    return math.nextafter(x, d)


def rand_double():
    k = rng.random()
    if k < 0.5:
        return bits2d(rng.getrandbits(64))
    if k < 0.6:
        return bits2d(rng.getrandbits(52) | (rng.getrandbits(1) << 63))      # subnormal
    if k < 0.8:
        digits = rng.randint(1, 17)
        m = rng.randint(10**(digits - 1), 10**digits - 1)
        return float("%de%d" % (m, rng.randint(-30, 30)))
    if k < 0.9:
        return float(rng.randint(-10**6, 10**6)) / rng.choice([1, 2, 4, 8, 10, 100, 1000, 3, 7])
    return rng.uniform(-1e20, 1e20)


SPECIAL = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, -2.5, 1e16, 1e-4, 9.999999999999999e15,
           1e15, 123456789012345678.0, 1e-5, 0.0001, 0.00001234, 1e22, 1e23, 5e-324, -5e-324,
           2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308, 2.0**53,
           2.0**53 + 2, 1 / 3, 2 / 3, 100.0, 12345.678, float("inf"), float("-inf"), float("nan"),
           -float("nan"), 0.3, 2.675, 1.005, 0.125, 0.375, 1e300, 4.35, 3.14159, 299792458.0]


def repr_rows():
    vals = list(SPECIAL)
    vals += [2.0**e for e in range(-1074, 1024)]
    vals += [nextafter(2.0**e, 0) for e in range(-1070, 1024, 7)]
    vals += [rand_double() for _ in range(4000)]
    for x in vals:
        nrow("N_REPR", dbits(x), r=repr(x))
    return vals


def float_result(f, *args):
    try:
        v = f(*args)
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        return ERRS[type(e)], str(e), None, None
    if isinstance(v, complex):
        return "ST_COMPLEX", None, None, None
    if isinstance(v, tuple):
        return "ST_OK", None, dbits(v[0]), dbits(v[1])
    if isinstance(v, int):
        return "ST_OK", None, hex(v), None
    return "ST_OK", None, dbits(v), None


FOPS = [("N_DIV", operator.truediv), ("N_FLOORDIV", operator.floordiv), ("N_MOD", operator.mod),
        ("N_DIVMOD", divmod), ("N_POW", operator.pow)]


def goes_complex(a, b):
    """float_pow hands a negative finite base with a finite non-integral
    exponent to complex pow (whose result, or OverflowError, we do not model)."""
    return (math.isfinite(a) and a < 0 and math.isfinite(b) and b != 0 and
            b != math.floor(b))


def arith_rows(vals):
    pairs = []
    interesting = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.0, -3.0, 7.5, -7.5, 1e300, -1e300,
                   1e-300, 5e-324, float("inf"), float("-inf"), float("nan"), 0.1, 10.0, 1e308,
                   2.0**53, 1023.5, -1e-5, 1.5, 4.0]
    for a in interesting:
        for b in interesting:
            pairs.append((a, b))
    for _ in range(800):
        pairs.append((rng.choice(vals + interesting), rng.choice(vals + interesting)))
    for _ in range(250):
        a = rng.uniform(-100, 100)
        pairs.append((a, float(rng.randint(-40, 40))))
        pairs.append((a, rng.uniform(-5, 5)))
    for a, b in pairs:
        for name, f in FOPS:
            if name == "N_POW" and goes_complex(a, b):
                nrow(name, dbits(a), dbits(b), status="ST_COMPLEX")
                continue
            st, msg, r, r2 = float_result(f, a, b)
            nrow(name, dbits(a), dbits(b), status=st, msg=msg, r=r, r2=r2)


def round_rows(vals):
    xs = vals[:60] + vals[-60:] + [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, 5.0, 15.0, 25.0, 1e22,
                       123456.789, -0.0, 1234.5678, 1.7976931348623157e308, 5e-324, 0.045,
                       1e-310, 999.5, 9.5, 99.95]
    for x in xs:
        st, msg, r, _ = float_result(round, x)
        nrow("N_ROUND", dbits(x), status=st, msg=msg, r=r)
        for n in [0, 1, 2, 3, -1, -2, -3, 5, 10, 15, 16, 17, 20, 300, 323, 324, -308, -309, -22,
                  -300, 2**63 - 1, -2**63]:
            st, msg, r, _ = float_result(round, x, n)
            nrow("N_ROUND_TO", dbits(x), k=n, status=st, msg=msg, r=r)
    for _ in range(800):
        x = rand_double()
        n = rng.randint(-20, 20)
        st, msg, r, _ = float_result(round, x, n)
        nrow("N_ROUND_TO", dbits(x), k=n, status=st, msg=msg, r=r)


def misc_rows(vals):
    for x in vals[:1500]:
        if x != x:
            continue
        nrow("N_HASH", dbits(x), r=hex(hash(x)))
        nrow("N_IS_INTEGER", dbits(x), k=int(x.is_integer()))


def compare_rows():
    ints = edge_ints()[::2] + [rand_int(40) for _ in range(30)] + [2**1024, -2**1024, 2**1023,
                                                              2**53 + 1, -(2**53 + 1)]
    for i in ints:
        fs = [0.0, -0.0, 1.0, float("inf"), float("-inf"), float("nan"), 0.5, -0.5]
        try:
            f = float(i)
            fs += [f, nextafter(f, math.inf), nextafter(f, -math.inf), f + 0.5, -f]
        except OverflowError:
            fs += [1.7976931348623157e308, -1.7976931348623157e308]
        for f in fs:
            c = 2 if f != f else (i > f) - (i < f)
            nrow("N_COMPARE", hex(i), dbits(f), k=c)


def parse_rows():
    strs = ["", " ", "1", "-1", "+1.5", " 1.5 ", "1_000", "1__0", "_1", "1_", "1_.0", "1._0",
            "1.0_1", "1e1_0", "1e_1", "1_e1", "inf", "-inf", "+inf", "infinity", "-Infinity", "iNF",
            "infinit", "nan", "-nan", "+NaN", "nan(1)", "0x10", "1e", "1e+", "e5", ".", ".e1", ".5",
            "5.", "-.5e-3", "1e500", "-1e500", "1e-500", "\xa01.5\u3000", "in f", "x" * 300,
            "it's", "a\"b'c", "\t\n", "\xe9", "\x7f", "1\x00", "\u0663.\u0664", "1.5j", "1,5",
            "0", "-0", "000.000", "0e0", "1e-320", "4.9406564584124654e-324", "2.4703282292062327e-324",
            "2.4703282292062328e-324", "1.7976931348623157e308", "1.7976931348623159e308",
            "9" * 400, "0." + "0" * 400 + "1", "1" + "0" * 330 + "e-340", "1e99999999999",
            "1e-99999999999", "0.1", "3.14159265358979323846264338327950288", "  -  1", "--1",
            "1.5e3.5", "1 5", "١٢٣", "\U0001d7d9.5", "2.2250738585072011e-308"]
    for _ in range(600):
        strs.append(repr(rand_double()))
    for _ in range(300):
        m = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 25)))
        if rng.random() < 0.5:
            i = rng.randint(0, len(m))
            m = m[:i] + "." + m[i:]
        if rng.random() < 0.4:
            m += rng.choice("eE") + rng.choice(["", "+", "-"]) + str(rng.randint(0, 330))
        if rng.random() < 0.2:
            m = rng.choice(["-", "+", " "]) + m
        strs.append(m)
    for s in strs:
        try:
            nrow("N_PARSE", s, r=dbits(float(s)))
        except ValueError as e:
            nrow("N_PARSE", s, status="ST_VALUE", msg=str(e))


def fmt_row(kind, value, spec):
    if kind == "N_FMT_INT":
        a = hex(value)
    elif kind == "N_FMT_FLOAT":
        a = dbits(value)
    else:
        a = value
    try:
        nrow(kind, a, spec, r=format(value, spec))
    except (ValueError, OverflowError, MemoryError) as e:
        nrow(kind, a, spec, status=ERRS[type(e)], msg=str(e))


def rand_spec(kind):
    parts = []
    r = rng.random
    if r() < 0.35:
        fill = rng.choice(["", "*", "0", " ", "x", "\xe9", "\u20ac", "=", "<", "\U0001f600"])
        parts.append(fill + rng.choice("<>^="))
    if r() < 0.3:
        parts.append(rng.choice("+- "))
    if r() < 0.1:
        parts.append("z")
    if r() < 0.25:
        parts.append("#")
    if r() < 0.25:
        parts.append("0")
    if r() < 0.5:
        parts.append(str(rng.choice([0, 1, 3, 5, 8, 10, 12, 15, 20, 25, 40])))
    if r() < 0.25:
        parts.append(rng.choice([",", "_"]))
    if r() < 0.45:
        parts.append("." + str(rng.choice([0, 1, 2, 3, 5, 6, 10, 17, 20, 30])))
    types = {"N_FMT_INT": "bcdoxXneEfFgG%s", "N_FMT_FLOAT": "eEfFgGn%d", "N_FMT_STR": "sd"}[kind]
    if r() < 0.8:
        parts.append(rng.choice(types))
    return "".join(parts)


FIXED_SPECS = [
    "", "d", ">10", "<10", "^9", "=+10", "08.3f", ",", "_", "+d", "x", "#b", "e", ".2%", "g", "^9",
    "*^11", "=^9", "010,", "010_", "=+10,", "#010x", "#010_b", "012,.2f", "0<10", "05", "0=5",
    "\x00<5", "\xe9>5", ".0e", "#.0e", "#.0f", "#g", ".0g", "n", ".3", ".20", "F", "E", "G", "+f",
    "010f", "010", " ", " d", "-d", "#o", "#X", ".3G", ",.2f", ",g", "_o", "_x", "_b", "_X", "c",
    "5c", "+c", "#c", ",c", "_c", ",s", "=", "+", "#", "z", "zd", "z.1f", "z", "zf", "z.0e", "z%",
    "zg", ",_", "_,", ",,", ".", ".2d", ",x", "q", "ss", "1000000000000000000000",
    ".1000000000000000000000", ".3000000000", ".3000000000f", ",n", "_n", ",e", ",%", "%", ".0%", ".0", ".3s", "x<3", ".0s",
    "\u0665", ".\u0663f", "\u00e9", "\U0001d7d9\U0001d7d8", "<<5", "=>5", "^^7", "0^7", "00", "000",
    "0,", "0_", "+0,", "-012.3e", " 012.3e", "#.3g", "#.10g", "#,.3f", "10.3%", ">+12.2%",
]


def format_rows():
    ints = [0, 1, -1, 7, -7, 42, 65, 233, 255, -255, 1000, 1234, -1234, 123456789, 0x10ffff,
            0x110000, 2**31, -2**31, 2**63, 10**19, -10**25, 2**100, 2**1024, 10**30 + 7]
    floats = [0.0, -0.0, 1.0, -1.0, 1.5, 2.5, 0.125, 1e-5, 1e16, 1e-10, 123456789.0, 1234.5,
              -1234.5, 1234567.891, 0.1, 1e20, 1e300, 5e-324, float("inf"), float("-inf"),
              float("nan"), -float("nan"), 12345678.0, 0.5, 99.99, -0.0004, 1e22, 2.0**70]
    strs = ["", "a", "ab", "abc", "abcdef", "h\xe9llo", "\u20ac\u20ac", "\U0001f600x", "x" * 30]
    for spec in FIXED_SPECS:
        for v in ints[:12] + [2**100, -10**25]:
            fmt_row("N_FMT_INT", v, spec)
        for v in floats:
            fmt_row("N_FMT_FLOAT", v, spec)
        for v in strs[:6]:
            fmt_row("N_FMT_STR", v, spec)
    for _ in range(2500):
        fmt_row("N_FMT_INT", rng.choice(ints + [rand_int(3)]), rand_spec("N_FMT_INT"))
    for _ in range(2500):
        fmt_row("N_FMT_FLOAT", rng.choice(floats + [rand_double()]), rand_spec("N_FMT_FLOAT"))
    for _ in range(800):
        fmt_row("N_FMT_STR", rng.choice(strs), rand_spec("N_FMT_STR"))
    fmt_row("N_FMT_INT", 10**4300, "d")
    fmt_row("N_FMT_INT", 10**4300, "x")
    fmt_row("N_FMT_INT", 10**4300, ",")
    fmt_row("N_FMT_INT", 2**1024, "e")


def write_num_cases():
    vals = repr_rows()
    arith_rows(vals)
    round_rows(vals)
    misc_rows(vals)
    compare_rows()
    parse_rows()
    format_rows()
    path = os.path.join(OUT, "num_cases.inc")
    with open(path, "w") as f:
        f.write("/* Generated by tests/num/gen.py with %s: do not edit. */\n" %
                sys.version.split()[0])
        f.write("/* {op, a, len(a), b, len(b), k, status, msg, r, r2} */\n")
        for r in NUM_ROWS:
            f.write(r + ",\n")
    print("num_cases.inc: %d cases" % len(NUM_ROWS))


if __name__ == "__main__":
    write_int_cases()
    write_num_cases()
