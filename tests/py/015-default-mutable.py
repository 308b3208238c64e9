# default values are evaluated once: the shared mutable default
def append_to(x, bucket=[]):
    bucket.append(x)
    return bucket
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
def safe(x, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(x)
    return bucket
print(safe(1), safe(2))
