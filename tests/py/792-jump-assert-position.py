# A failing assert is located where compiler_jump_if leaves the position:
# at the last comparison of its test (3.11.2), shown by the traceback.
def check(x, y):
    assert (x ==
            1) and (y
                    < 3), 'bad'


check(1, 2)
print('ok')
check(1, 5)
