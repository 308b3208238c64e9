# xs.append(x) as a statement runs PRECALL_NO_KW_LIST_APPEND once the code
# is quickened, whose DEOPT_IF is PyList_Check: a list subclass's append
# calls list's C function without the recursion check too, so the
# RecursionError comes from the Python call, at python3's depth.
class Stack(list):
    pass

s = Stack()

def push(n):
    s.append(n)
    push(n + 1)

def run():
    try:
        push(0)
    except RecursionError as e:
        tb = e.__traceback__
        while tb.tb_next:
            tb = tb.tb_next
        print(len(s), tb.tb_lineno)

for i in range(3):
    s.clear()
    run()
