// Post-build check of every consumer project (consumer-tests/pom.xml): each non-blank line of the project's
// expected-output.txt must appear in its build.log, in that order. A line that is missing fails the project and
// is named, with the lines the program did print.
def expected = new File(basedir, 'expected-output.txt').readLines()*.trim().findAll { it }
def printed = new File(basedir, 'build.log').readLines()*.trim()
int at = 0
for (String line : expected) {
    int found = printed.subList(at, printed.size()).indexOf(line)
    if (found < 0) {
        throw new AssertionError("${basedir.name}: expected line not printed (in order): '${line}'\n"
                + "printed after the previous expected line:\n" + printed.subList(at, printed.size()).join('\n'))
    }
    at += found + 1
}
println "${basedir.name}: ${expected.size()} expected lines printed"
return true
