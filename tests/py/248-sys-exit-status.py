# An uncaught SystemExit with an int code ends the program with that
# status, no traceback and nothing on stderr; a with statement's __exit__
# and finally blocks run on the way out, __del__ after the output.
import sys


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, kind, value, tb):
        print("close", self.name, kind.__name__, value.code)
        return False

    def __del__(self):
        print("freed", self.name)


def main():
    with Resource("db") as r:
        try:
            print("working with", r.name)
            sys.exit(3)
        finally:
            print("finally")
    print("not reached")


keep = Resource("global")
main()
