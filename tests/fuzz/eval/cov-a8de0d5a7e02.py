# f_back of a frame called from C (repr, print, sorted's key, a class body) is the Python frame
# that made the C call, as _PyInterpreterFrame.previous links them; a generator's frame has its
# resumer as f_back while it runs and None once it finished
def name(fr):
    return "None" if fr is None else str(fr).split("code ")[1].rstrip(">")
def chain(fr):
    out = []
    while fr is not None:
        out.append(name(fr))
        fr = fr.f_back
    return out
def innermost(e):
    tb = e.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    return chain(tb.tb_frame)
class C:
    raise KeyError("g")
def main():
    for call in (lambda_free_repr, lambda_free_print):
        try:
            call()
        except ValueError as e:
            print(innermost(e))
    try:
        sorted([3, 1], key=key)
    except TypeError as e:
        print(innermost(e))
    g = gen()
    for first in g:
        print(first)
        break
    try:
        for x in g:
            pass
    except KeyError as e:
        print(innermost(e))
    try:
        class D:
            raise IndexError("d")
    except Ind]xError as e:
        print(innermost(e))
def lambda_free_repr():
    repr(C())
def lambda_free_print():
    print(C())
main()
