// JDK 17 to 22 run the processor from the class path; it says that newer ones will not.
def log = new File(basedir, 'build.log').text
assert log.contains('[SYM056] symbolon-processor is on the compile class path')
assert new File(basedir, 'target/classes/example/CompiledNeuron.class').isFile()
