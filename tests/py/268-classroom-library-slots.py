# Classroom: a small library of slotted Book objects: dicts of lists, sorting, lending counts, memory, gc.
import sys, gc, tracemalloc
class Book:
    __slots__ = ("title", "author", "year", "_loans")
    def __init__(self, title, author, year):
        self.title = title; self.author = author; self.year = year; self._loans = 0
    def __repr__(self):
        return f"Book({self.title!r}, {self.year})"
    def __lt__(self, other):
        return (self.year, self.title) < (other.year, other.title)
class Library:
    def __init__(self):
        self.books = {}
        self.by_author = {}
    def add(self, book):
        if book.title in self.books:
            raise KeyError(f"duplicate: {book.title}")
        self.books[book.title] = book
        self.by_author.setdefault(book.author, []).append(book)
    def lend(self, title):
        book = self.books[title]
        book._loans += 1
        return book
    def popular(self, n=2):
        return sorted(self.books.values(), key=lambda b: -b._loans)[:n]
tracemalloc.start()
lib = Library()
data = [("Dune", "Herbert", 1965), ("Emma", "Austen", 1815), ("Persuasion", "Austen", 1817),
        ("Neuromancer", "Gibson", 1984), ("Ulysses", "Joyce", 1922)]
for t, a, y in data:
    lib.add(Book(t, a, y))
try:
    lib.add(Book("Dune", "X", 2000))
except KeyError as e:
    print("error:", e)
for t in ["Dune", "Emma", "Dune", "Ulysses", "Dune", "Emma"]:
    lib.lend(t)
print(lib.popular(), sorted(lib.books.values())[:2])
print({a: [b.title for b in bs] for a, bs in lib.by_author.items()})
print(sys.getsizeof(lib.books), sys.getsizeof(lib.books["Dune"]), gc.is_tracked(lib.books["Dune"]))
cur, peak = tracemalloc.get_traced_memory()
print(cur, peak)
del lib
print(tracemalloc.get_traced_memory()[0], gc.collect())
tracemalloc.stop()
try:
    Book("a", "b", 1).isbn = 5
except AttributeError as e:
    print(e)
