// The README's troubleshooting list: this is the symptom, and nothing names the processor.
def log = new File(basedir, 'build.log').text
assert log.contains('cannot find symbol')
assert log.contains('class CompiledNeuron')
assert !log.contains('SYM0')
