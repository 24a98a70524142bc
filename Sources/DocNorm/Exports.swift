// One import for library users: the model, readers, rules and writers.
@_exported import DocNormModel
@_exported import DocNormReaders
@_exported import DocNormRules
@_exported import DocNormWriters
