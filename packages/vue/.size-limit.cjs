// Rows in .size-limit.json; measured with the shared settings (UTF-8 output, see size-limit.shared.cjs).
module.exports = require('../../size-limit.shared.cjs').utf8(require('./.size-limit.json'));
