def fint((tinue

