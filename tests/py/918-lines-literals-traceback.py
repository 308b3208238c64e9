# Several statements on a line, backslash and bracket continuation,
# string literal escapes and concatenation, nested f-string quoting, a
# caught error three calls deep, and an uncaught KeyError through a
# recursion (its whole traceback, carets included).
x = 1; y = 2; z = x + \
    y
print(z)
total = (1 +
         2 +
         3)
print(total, [
    1, 2,
    3,
])
def outer():
    def middle(n):
        def inner(k):
            return 10 // k
        return inner(n - 1)
    return middle(1)
try:
    outer()
except ZeroDivisionError as e:
    print('caught', e)
def deep(n):
    if n == 0:
        return {}['missing']
    return deep(n - 1)
print("tab\there", 'quote\'s', "dq\"s", r'raw\n', 'uni\u00e9', '\x41', b'\x00\xff', 'a' 'b' "c")
print(f"{'nested'!r:>10}", f'{3+4=}', f"{'{'}", f'{{literal}}', f'{1:{"^"}{5}}|', f"{'é':*^5}")
deep(3)
