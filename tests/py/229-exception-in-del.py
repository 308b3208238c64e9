# an exception in __del__ is reported as "Exception ignored" and the program continues (exit 0)
class Bad:
    def __del__(self):
        raise ValueError("raised in __del__")
b = Bad()
print("deleting")
del b
print("still running")
