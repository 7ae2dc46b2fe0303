// The check shared by every consumer project: the lines of expected-output.txt, in order, in build.log.
evaluate(new File(basedir, '../../../src/it/verify-output.groovy'))
