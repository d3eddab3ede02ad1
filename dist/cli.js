import { createRequire as __evalgateCreateRequire } from 'node:module';
const require = __evalgateCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p2) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p2)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p2) => p2 !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p2) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p2]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p2 = resolver.parse(id);
      return _getFullPath(resolver, p2);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p2) {
      const serialized = resolver.serialize(p2);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve2.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve2(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p2 = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p2);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p2, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p2, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p2, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path) {
      let input = path;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path) {
      if (path === "" || path[0] === "/") {
        return removeDotSegments(path);
      }
      const segments = path.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path && path !== "/" ? path : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options2) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options2.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options2.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options2);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options2) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options2.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options2.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options2);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options2.nid}:${nss}`;
      options2.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options2) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options2.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options2) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options2);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse2(serialize2(uri, options2), options2);
      }
      return uri;
    }
    function resolve2(baseURI, relativeURI, options2) {
      const schemelessOptions = options2 ? Object.assign({ scheme: "null" }, options2) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options2 && options2.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options2 || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options2 || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize2(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative2, options2, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse2(serialize2(base, options2), options2);
        relative2 = parse2(serialize2(relative2, options2), options2);
      }
      options2 = options2 || {};
      if (!options2.tolerant && relative2.scheme) {
        target.scheme = relative2.scheme;
        target.userinfo = relative2.userinfo;
        target.host = relative2.host;
        target.port = relative2.port;
        target.path = removeDotSegments(relative2.path || "");
        target.query = relative2.query;
      } else {
        if (relative2.userinfo !== void 0 || relative2.host !== void 0 || relative2.port !== void 0) {
          target.userinfo = relative2.userinfo;
          target.host = relative2.host;
          target.port = relative2.port;
          target.path = removeDotSegments(relative2.path || "");
          target.query = relative2.query;
        } else {
          if (!relative2.path) {
            target.path = base.path;
            if (relative2.query !== void 0) {
              target.query = relative2.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative2.path[0] === "/") {
              target.path = removeDotSegments(relative2.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative2.path;
              } else if (!base.path) {
                target.path = relative2.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative2.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative2.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative2.fragment;
      return target;
    }
    function equal(uriA, uriB, options2) {
      const normalizedA = normalizeComparableURI(uriA, options2);
      const normalizedB = normalizeComparableURI(uriB, options2);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize2(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options2 = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options2.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options2);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options2.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options2.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options2.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options2.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options2.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options2.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options2, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options2, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options2.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options2.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options2, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options2.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options2 = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options2.reference === "suffix") {
        if (options2.scheme) {
          uri = options2.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options2.reference && options2.reference !== "suffix" && options2.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options2.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options2.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options2, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options2.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options2);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse2(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize2(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize2(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve: resolve2,
      resolveComponent,
      equal,
      serialize: serialize2,
      parse: parse2
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p2 = this._loading[ref];
          if (p2)
            return p2;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv.ValidationError = validation_error_1.default;
    Ajv.MissingRefError = ref_error_1.default;
    exports.default = Ajv;
    function checkOptions(checkOpts, options2, msg, log3 = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options2)
          this.logger[log3](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p2) => (0, codegen_1._)`${key} === ${p2}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p2) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p2)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p2) => !(0, util_1.alwaysValidSchema)(it, schema[p2]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p2) => (0, util_1.alwaysValidSchema)(it, schema[p2]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js
var require_dynamicAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicAnchor = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicAnchor",
      schemaType: "string",
      code: (cxt) => dynamicAnchor(cxt, cxt.schema)
    };
    function dynamicAnchor(cxt, anchor) {
      const { gen, it } = cxt;
      it.schemaEnv.root.dynamicAnchors[anchor] = true;
      const v = (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`;
      const validate = it.errSchemaPath === "#" ? it.validateName : _getValidate(cxt);
      gen.if((0, codegen_1._)`!${v}`, () => gen.assign(v, validate));
    }
    exports.dynamicAnchor = dynamicAnchor;
    function _getValidate(cxt) {
      const { schemaEnv, schema, self } = cxt.it;
      const { root, baseId, localRefs, meta } = schemaEnv.root;
      const { schemaId } = self.opts;
      const sch = new compile_1.SchemaEnv({ schema, schemaId, root, baseId, localRefs, meta });
      compile_1.compileSchema.call(self, sch);
      return (0, ref_1.getValidate)(cxt, sch);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js
var require_dynamicRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicRef = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicRef",
      schemaType: "string",
      code: (cxt) => dynamicRef(cxt, cxt.schema)
    };
    function dynamicRef(cxt, ref) {
      const { gen, keyword, it } = cxt;
      if (ref[0] !== "#")
        throw new Error(`"${keyword}" only supports hash fragment reference`);
      const anchor = ref.slice(1);
      if (it.allErrors) {
        _dynamicRef();
      } else {
        const valid = gen.let("valid", false);
        _dynamicRef(valid);
        cxt.ok(valid);
      }
      function _dynamicRef(valid) {
        if (it.schemaEnv.root.dynamicAnchors[anchor]) {
          const v = gen.let("_v", (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`);
          gen.if(v, _callRef(v, valid), _callRef(it.validateName, valid));
        } else {
          _callRef(it.validateName, valid)();
        }
      }
      function _callRef(validate, valid) {
        return valid ? () => gen.block(() => {
          (0, ref_1.callRef)(cxt, validate);
          gen.let(valid, true);
        }) : () => (0, ref_1.callRef)(cxt, validate);
      }
    }
    exports.dynamicRef = dynamicRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js
var require_recursiveAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var util_1 = require_util();
    var def = {
      keyword: "$recursiveAnchor",
      schemaType: "boolean",
      code(cxt) {
        if (cxt.schema)
          (0, dynamicAnchor_1.dynamicAnchor)(cxt, "");
        else
          (0, util_1.checkStrictMode)(cxt.it, "$recursiveAnchor: false is ignored");
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js
var require_recursiveRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicRef_1 = require_dynamicRef();
    var def = {
      keyword: "$recursiveRef",
      schemaType: "string",
      code: (cxt) => (0, dynamicRef_1.dynamicRef)(cxt, cxt.schema)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/index.js
var require_dynamic = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var dynamicRef_1 = require_dynamicRef();
    var recursiveAnchor_1 = require_recursiveAnchor();
    var recursiveRef_1 = require_recursiveRef();
    var dynamic = [dynamicAnchor_1.default, dynamicRef_1.default, recursiveAnchor_1.default, recursiveRef_1.default];
    exports.default = dynamic;
  }
});

// node_modules/ajv/dist/vocabularies/validation/dependentRequired.js
var require_dependentRequired = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/dependentRequired.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentRequired",
      type: "object",
      schemaType: "object",
      error: dependencies_1.error,
      code: (cxt) => (0, dependencies_1.validatePropertyDeps)(cxt)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js
var require_dependentSchemas = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentSchemas",
      type: "object",
      schemaType: "object",
      code: (cxt) => (0, dependencies_1.validateSchemaDeps)(cxt)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitContains.js
var require_limitContains = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitContains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["maxContains", "minContains"],
      type: "array",
      schemaType: "number",
      code({ keyword, parentSchema, it }) {
        if (parentSchema.contains === void 0) {
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "contains" is ignored`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/next.js
var require_next = __commonJS({
  "node_modules/ajv/dist/vocabularies/next.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependentRequired_1 = require_dependentRequired();
    var dependentSchemas_1 = require_dependentSchemas();
    var limitContains_1 = require_limitContains();
    var next = [dependentRequired_1.default, dependentSchemas_1.default, limitContains_1.default];
    exports.default = next;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js
var require_unevaluatedProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var error = {
      message: "must NOT have unevaluated properties",
      params: ({ params }) => (0, codegen_1._)`{unevaluatedProperty: ${params.unevaluatedProperty}}`
    };
    var def = {
      keyword: "unevaluatedProperties",
      type: "object",
      schemaType: ["boolean", "object"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, props } = it;
        if (props instanceof codegen_1.Name) {
          gen.if((0, codegen_1._)`${props} !== true`, () => gen.forIn("key", data, (key) => gen.if(unevaluatedDynamic(props, key), () => unevaluatedPropCode(key))));
        } else if (props !== true) {
          gen.forIn("key", data, (key) => props === void 0 ? unevaluatedPropCode(key) : gen.if(unevaluatedStatic(props, key), () => unevaluatedPropCode(key)));
        }
        it.props = true;
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function unevaluatedPropCode(key) {
          if (schema === false) {
            cxt.setParams({ unevaluatedProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (!(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            cxt.subschema({
              keyword: "unevaluatedProperties",
              dataProp: key,
              dataPropType: util_1.Type.Str
            }, valid);
            if (!allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          }
        }
        function unevaluatedDynamic(evaluatedProps, key) {
          return (0, codegen_1._)`!${evaluatedProps} || !${evaluatedProps}[${key}]`;
        }
        function unevaluatedStatic(evaluatedProps, key) {
          const ps = [];
          for (const p2 in evaluatedProps) {
            if (evaluatedProps[p2] === true)
              ps.push((0, codegen_1._)`${key} !== ${p2}`);
          }
          return (0, codegen_1.and)(...ps);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js
var require_unevaluatedItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "unevaluatedItems",
      type: "array",
      schemaType: ["boolean", "object"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        const items = it.items || 0;
        if (items === true)
          return;
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        if (schema === false) {
          cxt.setParams({ len: items });
          cxt.fail((0, codegen_1._)`${len} > ${items}`);
        } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
          const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items}`);
          gen.if((0, codegen_1.not)(valid), () => validateItems(valid, items));
          cxt.ok(valid);
        }
        it.items = true;
        function validateItems(valid, from) {
          gen.forRange("i", from, len, (i) => {
            cxt.subschema({ keyword: "unevaluatedItems", dataProp: i, dataPropType: util_1.Type.Num }, valid);
            if (!it.allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/index.js
var require_unevaluated = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var unevaluatedProperties_1 = require_unevaluatedProperties();
    var unevaluatedItems_1 = require_unevaluatedItems();
    var unevaluated = [unevaluatedProperties_1.default, unevaluatedItems_1.default];
    exports.default = unevaluated;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft2020.js
var require_draft2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var dynamic_1 = require_dynamic();
    var next_1 = require_next();
    var unevaluated_1 = require_unevaluated();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft2020Vocabularies = [
      dynamic_1.default,
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(true),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary,
      next_1.default,
      unevaluated_1.default
    ];
    exports.default = draft2020Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/schema.json
var require_schema = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/schema.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/schema",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true,
        "https://json-schema.org/draft/2020-12/vocab/applicator": true,
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true,
        "https://json-schema.org/draft/2020-12/vocab/validation": true,
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true,
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true,
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Core and Validation specifications meta-schema",
      allOf: [
        { $ref: "meta/core" },
        { $ref: "meta/applicator" },
        { $ref: "meta/unevaluated" },
        { $ref: "meta/validation" },
        { $ref: "meta/meta-data" },
        { $ref: "meta/format-annotation" },
        { $ref: "meta/content" }
      ],
      type: ["object", "boolean"],
      $comment: "This meta-schema also defines keywords that have appeared in previous drafts in order to prevent incompatible extensions as they remain in common use.",
      properties: {
        definitions: {
          $comment: '"definitions" has been replaced by "$defs".',
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          deprecated: true,
          default: {}
        },
        dependencies: {
          $comment: '"dependencies" has been split and replaced by "dependentSchemas" and "dependentRequired" in order to serve their differing semantics.',
          type: "object",
          additionalProperties: {
            anyOf: [{ $dynamicRef: "#meta" }, { $ref: "meta/validation#/$defs/stringArray" }]
          },
          deprecated: true,
          default: {}
        },
        $recursiveAnchor: {
          $comment: '"$recursiveAnchor" has been replaced by "$dynamicAnchor".',
          $ref: "meta/core#/$defs/anchorString",
          deprecated: true
        },
        $recursiveRef: {
          $comment: '"$recursiveRef" has been replaced by "$dynamicRef".',
          $ref: "meta/core#/$defs/uriReferenceString",
          deprecated: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json
var require_applicator2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/applicator",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/applicator": true
      },
      $dynamicAnchor: "meta",
      title: "Applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        prefixItems: { $ref: "#/$defs/schemaArray" },
        items: { $dynamicRef: "#meta" },
        contains: { $dynamicRef: "#meta" },
        additionalProperties: { $dynamicRef: "#meta" },
        properties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependentSchemas: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        propertyNames: { $dynamicRef: "#meta" },
        if: { $dynamicRef: "#meta" },
        then: { $dynamicRef: "#meta" },
        else: { $dynamicRef: "#meta" },
        allOf: { $ref: "#/$defs/schemaArray" },
        anyOf: { $ref: "#/$defs/schemaArray" },
        oneOf: { $ref: "#/$defs/schemaArray" },
        not: { $dynamicRef: "#meta" }
      },
      $defs: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $dynamicRef: "#meta" }
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json
var require_unevaluated2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/unevaluated",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true
      },
      $dynamicAnchor: "meta",
      title: "Unevaluated applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        unevaluatedItems: { $dynamicRef: "#meta" },
        unevaluatedProperties: { $dynamicRef: "#meta" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json
var require_content = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/content",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Content vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        contentEncoding: { type: "string" },
        contentMediaType: { type: "string" },
        contentSchema: { $dynamicRef: "#meta" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json
var require_core3 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/core",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true
      },
      $dynamicAnchor: "meta",
      title: "Core vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        $id: {
          $ref: "#/$defs/uriReferenceString",
          $comment: "Non-empty fragments not allowed.",
          pattern: "^[^#]*#?$"
        },
        $schema: { $ref: "#/$defs/uriString" },
        $ref: { $ref: "#/$defs/uriReferenceString" },
        $anchor: { $ref: "#/$defs/anchorString" },
        $dynamicRef: { $ref: "#/$defs/uriReferenceString" },
        $dynamicAnchor: { $ref: "#/$defs/anchorString" },
        $vocabulary: {
          type: "object",
          propertyNames: { $ref: "#/$defs/uriString" },
          additionalProperties: {
            type: "boolean"
          }
        },
        $comment: {
          type: "string"
        },
        $defs: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" }
        }
      },
      $defs: {
        anchorString: {
          type: "string",
          pattern: "^[A-Za-z_][-A-Za-z0-9._]*$"
        },
        uriString: {
          type: "string",
          format: "uri"
        },
        uriReferenceString: {
          type: "string",
          format: "uri-reference"
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json
var require_format_annotation = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/format-annotation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true
      },
      $dynamicAnchor: "meta",
      title: "Format vocabulary meta-schema for annotation results",
      type: ["object", "boolean"],
      properties: {
        format: { type: "string" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json
var require_meta_data = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/meta-data",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true
      },
      $dynamicAnchor: "meta",
      title: "Meta-data vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        deprecated: {
          type: "boolean",
          default: false
        },
        readOnly: {
          type: "boolean",
          default: false
        },
        writeOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json
var require_validation2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/validation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/validation": true
      },
      $dynamicAnchor: "meta",
      title: "Validation vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        type: {
          anyOf: [
            { $ref: "#/$defs/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/$defs/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        const: true,
        enum: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/$defs/nonNegativeInteger" },
        minLength: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        maxItems: { $ref: "#/$defs/nonNegativeInteger" },
        minItems: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        maxContains: { $ref: "#/$defs/nonNegativeInteger" },
        minContains: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 1
        },
        maxProperties: { $ref: "#/$defs/nonNegativeInteger" },
        minProperties: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        required: { $ref: "#/$defs/stringArray" },
        dependentRequired: {
          type: "object",
          additionalProperties: {
            $ref: "#/$defs/stringArray"
          }
        }
      },
      $defs: {
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 0
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/index.js
var require_json_schema_2020_12 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var metaSchema = require_schema();
    var applicator = require_applicator2();
    var unevaluated = require_unevaluated2();
    var content = require_content();
    var core = require_core3();
    var format = require_format_annotation();
    var metadata = require_meta_data();
    var validation = require_validation2();
    var META_SUPPORT_DATA = ["/properties"];
    function addMetaSchema2020($data) {
      ;
      [
        metaSchema,
        applicator,
        unevaluated,
        content,
        core,
        with$data(this, format),
        metadata,
        with$data(this, validation)
      ].forEach((sch) => this.addMetaSchema(sch, void 0, false));
      return this;
      function with$data(ajv2, sch) {
        return $data ? ajv2.$dataMetaSchema(sch, META_SUPPORT_DATA) : sch;
      }
    }
    exports.default = addMetaSchema2020;
  }
});

// node_modules/ajv/dist/2020.js
var require__ = __commonJS({
  "node_modules/ajv/dist/2020.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv2020 = void 0;
    var core_1 = require_core();
    var draft2020_1 = require_draft2020();
    var discriminator_1 = require_discriminator();
    var json_schema_2020_12_1 = require_json_schema_2020_12();
    var META_SCHEMA_ID = "https://json-schema.org/draft/2020-12/schema";
    var Ajv20202 = class extends core_1.default {
      constructor(opts = {}) {
        super({
          ...opts,
          dynamicRef: true,
          next: true,
          unevaluated: true
        });
      }
      _addVocabularies() {
        super._addVocabularies();
        draft2020_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        const { $data, meta } = this.opts;
        if (!meta)
          return;
        json_schema_2020_12_1.default.call(this, $data);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv2020 = Ajv20202;
    module.exports = exports = Ajv20202;
    module.exports.Ajv2020 = Ajv20202;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv20202;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches = DATE.exec(str);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv;
    module.exports = exports = Ajv;
    module.exports.Ajv = Ajv;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/ajv-formats/dist/limit.js
var require_limit = __commonJS({
  "node_modules/ajv-formats/dist/limit.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatLimitDefinition = void 0;
    var ajv_1 = require_ajv();
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      formatMaximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      formatMinimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      formatExclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      formatExclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`should be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    exports.formatLimitDefinition = {
      keyword: Object.keys(KWDs),
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, keyword, it } = cxt;
        const { opts, self } = it;
        if (!opts.validateFormats)
          return;
        const fCxt = new ajv_1.KeywordCxt(it, self.RULES.all.format.definition, "format");
        if (fCxt.$data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fmt = gen.const("fmt", (0, codegen_1._)`${fmts}[${fCxt.schemaCode}]`);
          cxt.fail$data((0, codegen_1.or)((0, codegen_1._)`typeof ${fmt} != "object"`, (0, codegen_1._)`${fmt} instanceof RegExp`, (0, codegen_1._)`typeof ${fmt}.compare != "function"`, compareCode(fmt)));
        }
        function validateFormat() {
          const format = fCxt.schema;
          const fmtDef = self.formats[format];
          if (!fmtDef || fmtDef === true)
            return;
          if (typeof fmtDef != "object" || fmtDef instanceof RegExp || typeof fmtDef.compare != "function") {
            throw new Error(`"${keyword}": format "${format}" does not define "compare" function`);
          }
          const fmt = gen.scopeValue("formats", {
            key: format,
            ref: fmtDef,
            code: opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(format)}` : void 0
          });
          cxt.fail$data(compareCode(fmt));
        }
        function compareCode(fmt) {
          return (0, codegen_1._)`${fmt}.compare(${data}, ${schemaCode}) ${KWDs[keyword].fail} 0`;
        }
      },
      dependencies: ["format"]
    };
    var formatLimitPlugin = (ajv2) => {
      ajv2.addKeyword(exports.formatLimitDefinition);
      return ajv2;
    };
    exports.default = formatLimitPlugin;
  }
});

// node_modules/ajv-formats/dist/index.js
var require_dist = __commonJS({
  "node_modules/ajv-formats/dist/index.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var formats_1 = require_formats();
    var limit_1 = require_limit();
    var codegen_1 = require_codegen();
    var fullName = new codegen_1.Name("fullFormats");
    var fastName = new codegen_1.Name("fastFormats");
    var formatsPlugin = (ajv2, opts = { keywords: true }) => {
      if (Array.isArray(opts)) {
        addFormats2(ajv2, opts, formats_1.fullFormats, fullName);
        return ajv2;
      }
      const [formats, exportName] = opts.mode === "fast" ? [formats_1.fastFormats, fastName] : [formats_1.fullFormats, fullName];
      const list = opts.formats || formats_1.formatNames;
      addFormats2(ajv2, list, formats, exportName);
      if (opts.keywords)
        (0, limit_1.default)(ajv2);
      return ajv2;
    };
    formatsPlugin.get = (name, mode = "full") => {
      const formats = mode === "fast" ? formats_1.fastFormats : formats_1.fullFormats;
      const f = formats[name];
      if (!f)
        throw new Error(`Unknown format "${name}"`);
      return f;
    };
    function addFormats2(ajv2, list, fs, exportName) {
      var _a;
      var _b;
      (_a = (_b = ajv2.opts.code).formats) !== null && _a !== void 0 ? _a : _b.formats = (0, codegen_1._)`require("ajv-formats/dist/formats").${exportName}`;
      for (const f of list)
        ajv2.addFormat(f, fs[f]);
    }
    module.exports = exports = formatsPlugin;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = formatsPlugin;
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode2(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode2;
    exports.isPair = isPair;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options2) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options2);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log3 = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log3.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options2) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options2);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p2) => res2 * num(60) + num(p2), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema4 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema2();
    var schema$1 = require_schema3();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema4();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options2) {
      const lines = [];
      let hasDirectives = options2.directives === true;
      if (options2.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options2);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options2) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options2 === void 0 && replacer) {
          options2 = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options2);
        this.options = opt;
        let { version } = opt;
        if (options2?._directives) {
          this.directives = options2._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options2);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options2);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options2) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options2 === void 0 && replacer) {
          options2 = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options2 ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options2 = {}) {
        const k = this.createNode(key, null, options2);
        const v = this.createNode(value, null, options2);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options2 = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options2.schema instanceof Object)
          this.schema = options2.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options2));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options2 = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options2 && (!Number.isInteger(options2.indent) || Number(options2.indent) <= 0)) {
          const s = JSON.stringify(options2.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options2);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors2 = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl2 } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl2 || nl2.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines2(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines2(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options: options2 }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options2.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options2, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options2);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors2();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options2 = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options2.version || "1.2" });
        this.options = options2;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors2();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl2 = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl2] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM2 = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM2:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM2:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM2;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl2, sp;
        let indent = -1;
        do {
          nl2 = yield* this.pushNewline();
          if (nl2 > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl2 + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote2 = this.charAt(0);
        let end = this.buffer.indexOf(quote2, this.pos + 1);
        if (quote2 === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl2 = qb.indexOf("\n", this.pos);
        if (nl2 !== -1) {
          while (nl2 !== -1) {
            const cs = this.continueScalar(nl2 + 1);
            if (cs === -1)
              break;
            nl2 = qb.indexOf("\n", cs);
          }
          if (nl2 !== -1) {
            end = nl2 - (qb[nl2 - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl2 = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl2 = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl2 + 1);
            if (cs === -1)
              break;
            nl2 = this.buffer.indexOf("\n", cs);
          } while (nl2 !== -1);
          if (nl2 === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl2 = this.buffer.length;
          }
        }
        let i = nl2 + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl2 = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl2 - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl2 = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl2 + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl2 = this.source.indexOf("\n") + 1;
              while (nl2 !== 0) {
                this.onNewLine(this.offset + nl2);
                nl2 = this.source.indexOf("\n", nl2) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl2 = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl2.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl2.length = 0;
                  break;
                default:
                  nl2.length = 0;
              }
            }
            if (nl2.length >= 2)
              start = it.sep.splice(nl2[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl2 = this.source.indexOf("\n") + 1;
          while (nl2 !== 0) {
            this.onNewLine(this.offset + nl2);
            nl2 = this.source.indexOf("\n", nl2) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors2();
    var log3 = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options2) {
      const prettyErrors = options2.prettyErrors !== false;
      const lineCounter$1 = options2.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options2 = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options2);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options2);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options2 = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options2);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options2);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options2) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options2 === void 0 && reviver && typeof reviver === "object") {
        options2 = reviver;
      }
      const doc = parseDocument2(src, options2);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log3.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options2));
    }
    function stringify(value, replacer, options2) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options2 === void 0 && replacer) {
        options2 = replacer;
      }
      if (typeof options2 === "string")
        options2 = options2.length;
      if (typeof options2 === "number") {
        const indent = Math.round(options2);
        options2 = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options2 ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options2);
      return new Document.Document(value, _replacer, options2).toString(options2);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors2();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/evaluate/worker.ts
import { isMainThread, parentPort, workerData } from "node:worker_threads";

// src/io/errors.ts
var InputError = class extends Error {
  file;
  line;
  field;
  detail;
  constructor(details) {
    super(formatInputError(details));
    this.name = "InputError";
    this.file = details.file;
    this.line = details.line;
    this.field = details.field;
    this.detail = details.message;
  }
};
function formatInputError({ file, line, field, message }) {
  const where = file ? line !== void 0 ? `${file}:${line}` : file : "";
  const parts = [where, field].filter((p2) => p2 !== void 0 && p2 !== "");
  const text = parts.length ? `${parts.join(": ")}: ${message}` : message;
  return oneLine(text);
}
function oneLine(text) {
  return text.replace(/\s*[\r\n]+\s*/g, " ");
}
function quote(value, max = 60) {
  let text;
  if (typeof value === "string") text = JSON.stringify(value);
  else if (value === void 0) text = "nothing";
  else if (typeof value === "number" && !Number.isFinite(value)) text = String(value);
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  return text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
}
function describeType(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  return `${typeof value} ${quote(value)}`;
}

// src/io/records.ts
import { createReadStream as createReadStream2 } from "node:fs";
import { createGunzip as createGunzip2 } from "node:zlib";

// node_modules/csv-parse/lib/index.js
import { Transform } from "stream";

// node_modules/csv-parse/lib/utils/is_object.js
var is_object = function(obj) {
  return typeof obj === "object" && obj !== null && !Array.isArray(obj);
};

// node_modules/csv-parse/lib/api/CsvError.js
var CsvError = class _CsvError extends Error {
  constructor(code, message, options2, ...contexts) {
    if (Array.isArray(message)) message = message.join(" ").trim();
    super(message);
    if (Error.captureStackTrace !== void 0) {
      Error.captureStackTrace(this, _CsvError);
    }
    this.code = code;
    for (const context of contexts) {
      for (const key in context) {
        const value = context[key];
        this[key] = Buffer.isBuffer(value) ? value.toString(options2.encoding) : value == null ? value : JSON.parse(JSON.stringify(value));
      }
    }
  }
};

// node_modules/csv-parse/lib/api/normalize_columns_array.js
var normalize_columns_array = function(columns) {
  const normalizedColumns = [];
  for (let i = 0, l = columns.length; i < l; i++) {
    const column = columns[i];
    if (column === void 0 || column === null || column === false) {
      normalizedColumns[i] = { disabled: true };
    } else if (typeof column === "string" || typeof column === "number") {
      normalizedColumns[i] = { name: `${column}` };
    } else if (is_object(column)) {
      if (typeof column.name !== "string") {
        throw new CsvError("CSV_OPTION_COLUMNS_MISSING_NAME", [
          "Option columns missing name:",
          `property "name" is required at position ${i}`,
          "when column is an object literal"
        ]);
      }
      normalizedColumns[i] = column;
    } else {
      throw new CsvError("CSV_INVALID_COLUMN_DEFINITION", [
        "Invalid column definition:",
        "expect a string or a literal object,",
        `got ${JSON.stringify(column)} at position ${i}`
      ]);
    }
  }
  return normalizedColumns;
};

// node_modules/csv-parse/lib/utils/ResizeableBuffer.js
var ResizeableBuffer = class {
  constructor(size = 100) {
    this.size = size;
    this.length = 0;
    this.buf = Buffer.allocUnsafe(size);
  }
  prepend(val) {
    if (Buffer.isBuffer(val)) {
      const length = this.length + val.length;
      if (length >= this.size) {
        this.resize();
        if (length >= this.size) {
          throw Error("INVALID_BUFFER_STATE");
        }
      }
      const buf = this.buf;
      this.buf = Buffer.allocUnsafe(this.size);
      val.copy(this.buf, 0);
      buf.copy(this.buf, val.length);
      this.length += val.length;
    } else {
      const length = this.length++;
      if (length === this.size) {
        this.resize();
      }
      const buf = this.clone();
      this.buf[0] = val;
      buf.copy(this.buf, 1, 0, length);
    }
  }
  append(val) {
    const length = this.length++;
    if (length === this.size) {
      this.resize();
    }
    this.buf[length] = val;
  }
  clone() {
    return Buffer.from(this.buf.slice(0, this.length));
  }
  resize() {
    const length = this.length;
    this.size = this.size * 2;
    const buf = Buffer.allocUnsafe(this.size);
    this.buf.copy(buf, 0, 0, length);
    this.buf = buf;
  }
  toString(encoding) {
    if (encoding) {
      return this.buf.toString(encoding, 0, this.length);
    } else {
      return Uint8Array.prototype.slice.call(this.buf.slice(0, this.length));
    }
  }
  toJSON() {
    return this.toString("utf8");
  }
  reset() {
    this.length = 0;
  }
};
var ResizeableBuffer_default = ResizeableBuffer;

// node_modules/csv-parse/lib/api/init_state.js
var init_state = function(options2) {
  const timchars = [
    // Basic Latin
    32,
    // [Space](https://www.fileformat.info/info/unicode/char/0020/index.htm)
    9,
    // [CHARACTER TABULATION (HT)](https://www.fileformat.info/info/unicode/char/0009/index.htm)
    10,
    // [LINE FEED (LF)](https://www.fileformat.info/info/unicode/char/000a/index.htm)
    13,
    // [CARRIAGE RETURN (CR)](https://www.fileformat.info/info/unicode/char/000d/index.htm)
    12,
    // [FORM FEED (FF)](https://www.fileformat.info/info/unicode/char/000c/index.htm)
    11,
    // [LINE TABULATION (VT)](https://www.fileformat.info/info/unicode/char/000b/index.htm)
    // Latin-1 Supplement
    160,
    // [NO-BREAK SPACE (NBSP)](https://www.fileformat.info/info/unicode/char/00a0/index.htm)
    // Ogham
    5760,
    // [OGHAM SPACE MARK](https://www.fileformat.info/info/unicode/char/1680/index.htm)
    // General Punctuation
    8192,
    // [EN QUAD](https://www.fileformat.info/info/unicode/char/2000/index.htm)
    8193,
    // [EM QUAD](https://www.fileformat.info/info/unicode/char/2001/index.htm)
    8194,
    // [EN SPACE](https://www.fileformat.info/info/unicode/char/2002/index.htm)
    8195,
    // [EM SPACE](https://www.fileformat.info/info/unicode/char/2003/index.htm)
    8196,
    // [THREE-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2004/index.htm)
    8197,
    // [FOUR-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2005/index.htm)
    8198,
    // [SIX-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2006/index.htm)
    8199,
    // [FIGURE SPACE](https://www.fileformat.info/info/unicode/char/2007/index.htm)
    8200,
    // [PUNCTUATION SPACE](https://www.fileformat.info/info/unicode/char/2008/index.htm)
    8201,
    // [THIN SPACE](https://www.fileformat.info/info/unicode/char/2009/index.htm)
    8202,
    // [HAIR SPACE](https://www.fileformat.info/info/unicode/char/200a/index.htm)
    8232,
    // [LINE SEPARATOR](https://www.fileformat.info/info/unicode/char/2028/index.htm)
    8233,
    // [PARAGRAPH SEPARATOR](https://www.fileformat.info/info/unicode/char/2029/index.htm)
    8239,
    // [NARROW NO-BREAK SPACE (NNBSP)](https://www.fileformat.info/info/unicode/char/202f/index.htm)
    8287,
    // [MEDIUM MATHEMATICAL SPACE (MMSP)](https://www.fileformat.info/info/unicode/char/205f/index.htm)
    12288,
    // [IDEOGRAPHIC SPACE](https://www.fileformat.info/info/unicode/char/3000/index.htm)
    65279
    // [ZERO WIDTH NO-BREAK SPACE (BOM)](https://www.fileformat.info/info/unicode/char/feff/index.htm)
  ].reduce((acc, codepoint) => {
    const encoded = Buffer.from(
      String.fromCharCode(codepoint),
      options2.encoding
    );
    if (codepoint !== 63 && encoded.length === 1 && encoded[0] === 63) {
      return acc;
    }
    acc.push(encoded);
    return acc;
  }, []);
  const timcharFirstBytes = new Uint8Array(256);
  for (const t of timchars) timcharFirstBytes[t[0]] = 1;
  return {
    bomSkipped: false,
    bufBytesStart: 0,
    castField: options2.cast_function,
    commenting: false,
    delimiterBufPrevious: void 0,
    delimiterDiscovered: false,
    // Current error encountered by a record
    error: void 0,
    enabled: options2.from_line === 1,
    escaping: false,
    escapeIsQuote: Buffer.isBuffer(options2.escape) && Buffer.isBuffer(options2.quote) && Buffer.compare(options2.escape, options2.quote) === 0,
    // columns can be `false`, `true`, `Array`
    expectedRecordLength: Array.isArray(options2.columns) ? options2.columns.length : void 0,
    field: new ResizeableBuffer_default(20),
    firstLineToHeaders: options2.cast_first_line_to_header,
    needMoreDataSize: Math.max(
      // Skip if the remaining buffer smaller than comment
      options2.comment !== null ? options2.comment.length : 0,
      ...options2.delimiter ? options2.delimiter.map((delimiter) => delimiter.length) : [],
      // Auto discovery of delimiter is limited to 1 character
      options2.delimiter_auto ? 1 : 0,
      // Skip if the remaining buffer can be escape sequence
      options2.quote !== null ? options2.quote.length : 0,
      ...timchars.map((t) => t.length)
    ),
    previousBuf: void 0,
    quoting: false,
    stop: false,
    rawBuffer: new ResizeableBuffer_default(100),
    record: [],
    recordHasError: false,
    record_length: 0,
    recordDelimiterMaxLength: options2.record_delimiter.length === 0 ? 0 : Math.max(...options2.record_delimiter.map((v) => v.length)),
    trimChars: [
      Buffer.from(" ", options2.encoding)[0],
      Buffer.from("	", options2.encoding)[0]
    ],
    wasQuoting: false,
    wasRowDelimiter: false,
    timchars,
    timcharFirstBytes
  };
};

// node_modules/csv-parse/lib/utils/underscore.js
var underscore = function(str) {
  return str.replace(/([A-Z])/g, function(_, match) {
    return "_" + match.toLowerCase();
  });
};

// node_modules/csv-parse/lib/api/normalize_options.js
var normalize_options = function(opts) {
  const options2 = {};
  for (const opt in opts) {
    options2[underscore(opt)] = opts[opt];
  }
  if (options2.encoding === void 0 || options2.encoding === true) {
    options2.encoding = "utf8";
  } else if (options2.encoding === null || options2.encoding === false) {
    options2.encoding = null;
  } else if (typeof options2.encoding !== "string" && options2.encoding !== null) {
    throw new CsvError(
      "CSV_INVALID_OPTION_ENCODING",
      [
        "Invalid option encoding:",
        "encoding must be a string or null to return a buffer,",
        `got ${JSON.stringify(options2.encoding)}`
      ],
      options2
    );
  }
  if (options2.bom === void 0 || options2.bom === null || options2.bom === false) {
    options2.bom = false;
  } else if (options2.bom !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_BOM",
      [
        "Invalid option bom:",
        "bom must be true,",
        `got ${JSON.stringify(options2.bom)}`
      ],
      options2
    );
  }
  options2.cast_function = null;
  if (options2.cast === void 0 || options2.cast === null || options2.cast === false || options2.cast === "") {
    options2.cast = void 0;
  } else if (typeof options2.cast === "function") {
    options2.cast_function = options2.cast;
    options2.cast = true;
  } else if (options2.cast !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST",
      [
        "Invalid option cast:",
        "cast must be true or a function,",
        `got ${JSON.stringify(options2.cast)}`
      ],
      options2
    );
  }
  if (options2.cast_date === void 0 || options2.cast_date === null || options2.cast_date === false || options2.cast_date === "") {
    options2.cast_date = false;
  } else if (options2.cast_date === true) {
    options2.cast_date = function(value) {
      const date = Date.parse(value);
      return !isNaN(date) ? new Date(date) : value;
    };
  } else if (typeof options2.cast_date !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST_DATE",
      [
        "Invalid option cast_date:",
        "cast_date must be true or a function,",
        `got ${JSON.stringify(options2.cast_date)}`
      ],
      options2
    );
  }
  options2.cast_first_line_to_header = void 0;
  if (options2.columns === true) {
    options2.cast_first_line_to_header = void 0;
  } else if (typeof options2.columns === "function") {
    options2.cast_first_line_to_header = options2.columns;
    options2.columns = true;
  } else if (Array.isArray(options2.columns)) {
    options2.columns = normalize_columns_array(options2.columns);
  } else if (options2.columns === void 0 || options2.columns === null || options2.columns === false) {
    options2.columns = false;
  } else {
    throw new CsvError(
      "CSV_INVALID_OPTION_COLUMNS",
      [
        "Invalid option columns:",
        "expect an array, a function or true,",
        `got ${JSON.stringify(options2.columns)}`
      ],
      options2
    );
  }
  if (options2.group_columns_by_name === void 0 || options2.group_columns_by_name === null || options2.group_columns_by_name === false) {
    options2.group_columns_by_name = false;
  } else if (options2.group_columns_by_name !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "expect an boolean,",
        `got ${JSON.stringify(options2.group_columns_by_name)}`
      ],
      options2
    );
  } else if (options2.columns === false) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "the `columns` mode must be activated."
      ],
      options2
    );
  }
  if (options2.comment === void 0 || options2.comment === null || options2.comment === false || options2.comment === "") {
    options2.comment = null;
  } else {
    if (typeof options2.comment === "string") {
      options2.comment = Buffer.from(options2.comment, options2.encoding);
    }
    if (!Buffer.isBuffer(options2.comment)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_COMMENT",
        [
          "Invalid option comment:",
          "comment must be a buffer or a string,",
          `got ${JSON.stringify(options2.comment)}`
        ],
        options2
      );
    }
  }
  if (options2.comment_no_infix === void 0 || options2.comment_no_infix === null || options2.comment_no_infix === false) {
    options2.comment_no_infix = false;
  } else if (options2.comment_no_infix !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_COMMENT",
      [
        "Invalid option comment_no_infix:",
        "value must be a boolean,",
        `got ${JSON.stringify(options2.comment_no_infix)}`
      ],
      options2
    );
  }
  if (options2.delimiter_auto === void 0 || options2.delimiter_auto === null || options2.delimiter_auto === false) {
    options2.delimiter_auto = false;
  } else if (options2.delimiter_auto === true) {
    options2.delimiter_auto = {};
  } else if (!is_object(options2.delimiter_auto)) {
    throw new CsvError(
      "CSV_INVALID_OPTION_DELIMITER_AUTO",
      [
        "Invalid option delimiter_auto:",
        "delimiter_auto must be a boolean or a configuration object,",
        `got ${JSON.stringify(options2.delimiter_auto)}`
      ],
      options2
    );
  }
  if (options2.delimiter_auto) {
    if (options2.delimiter_auto.preferred === void 0)
      options2.delimiter_auto.preferred = {
        [",".charCodeAt(0)]: 1.8,
        ["	".charCodeAt(0)]: 1.8,
        [";".charCodeAt(0)]: 1.6,
        [" ".charCodeAt(0)]: 1.6,
        [":".charCodeAt(0)]: 1.5,
        [".".charCodeAt(0)]: 1.4,
        ["/".charCodeAt(0)]: 1.4
      };
    else if (!is_object(options2.delimiter_auto.preferred)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "preferred must be an object,",
          `got ${JSON.stringify(options2.delimiter_auto.preferred)}`
        ],
        options2
      );
    }
    if (options2.delimiter_auto.score === void 0)
      options2.delimiter_auto.score = (info, options3) => {
        return (info.total - info.std) * (options3.preferred[info.char_code] || 1);
      };
    else if (typeof options2.delimiter_auto.score !== "function") {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "score must be a function,",
          `got ${JSON.stringify(options2.delimiter_auto.score)}`
        ],
        options2
      );
    }
    if (options2.delimiter_auto.size === void 0)
      options2.delimiter_auto.size = 2048;
    else if (typeof options2.delimiter_auto.size !== "number") {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "size must be a number,",
          `got ${JSON.stringify(options2.delimiter_auto.size)}`
        ],
        options2
      );
    }
  }
  const delimiter_json = JSON.stringify(options2.delimiter);
  if (options2.delimiter_auto !== false) {
    options2.delimiter = [];
  }
  if (!Array.isArray(options2.delimiter)) {
    if (options2.delimiter === void 0 || options2.delimiter === null || options2.delimiter === false) {
      options2.delimiter = Buffer.from(",", options2.encoding);
    }
    options2.delimiter = [options2.delimiter];
  }
  options2.delimiter = options2.delimiter.map(function(delimiter) {
    if (typeof delimiter === "string") {
      delimiter = Buffer.from(delimiter, options2.encoding);
    }
    if (!Buffer.isBuffer(delimiter) || delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER",
        [
          "Invalid option delimiter:",
          "delimiter must be a non empty string or buffer or array of string|buffer,",
          `got ${delimiter_json}`
        ],
        options2
      );
    }
    return delimiter;
  });
  if (options2.escape === void 0 || options2.escape === true) {
    options2.escape = Buffer.from('"', options2.encoding);
  } else if (typeof options2.escape === "string") {
    options2.escape = Buffer.from(options2.escape, options2.encoding);
  } else if (options2.escape === null || options2.escape === false) {
    options2.escape = null;
  }
  if (options2.escape !== null) {
    if (!Buffer.isBuffer(options2.escape)) {
      throw new Error(
        `Invalid Option: escape must be a buffer, a string or a boolean, got ${JSON.stringify(options2.escape)}`
      );
    }
  }
  if (options2.from === void 0 || options2.from === null) {
    options2.from = 1;
  } else {
    if (typeof options2.from === "string" && /\d+/.test(options2.from)) {
      options2.from = parseInt(options2.from);
    }
    if (Number.isInteger(options2.from)) {
      if (options2.from < 0) {
        throw new Error(
          `Invalid Option: from must be a positive integer, got ${JSON.stringify(opts.from)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from must be an integer, got ${JSON.stringify(options2.from)}`
      );
    }
  }
  if (options2.from_line === void 0 || options2.from_line === null) {
    options2.from_line = 1;
  } else {
    if (typeof options2.from_line === "string" && /\d+/.test(options2.from_line)) {
      options2.from_line = parseInt(options2.from_line);
    }
    if (Number.isInteger(options2.from_line)) {
      if (options2.from_line <= 0) {
        throw new Error(
          `Invalid Option: from_line must be a positive integer greater than 0, got ${JSON.stringify(opts.from_line)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from_line must be an integer, got ${JSON.stringify(opts.from_line)}`
      );
    }
  }
  if (options2.ignore_last_delimiters === void 0 || options2.ignore_last_delimiters === null) {
    options2.ignore_last_delimiters = false;
  } else if (typeof options2.ignore_last_delimiters === "number") {
    options2.ignore_last_delimiters = Math.floor(options2.ignore_last_delimiters);
    if (options2.ignore_last_delimiters === 0) {
      options2.ignore_last_delimiters = false;
    }
  } else if (typeof options2.ignore_last_delimiters !== "boolean") {
    throw new CsvError(
      "CSV_INVALID_OPTION_IGNORE_LAST_DELIMITERS",
      [
        "Invalid option `ignore_last_delimiters`:",
        "the value must be a boolean value or an integer,",
        `got ${JSON.stringify(options2.ignore_last_delimiters)}`
      ],
      options2
    );
  }
  if (options2.ignore_last_delimiters === true && options2.columns === false) {
    throw new CsvError(
      "CSV_IGNORE_LAST_DELIMITERS_REQUIRES_COLUMNS",
      [
        "The option `ignore_last_delimiters`",
        "requires the activation of the `columns` option"
      ],
      options2
    );
  }
  if (options2.info === void 0 || options2.info === null || options2.info === false) {
    options2.info = false;
  } else if (options2.info !== true) {
    throw new Error(
      `Invalid Option: info must be true, got ${JSON.stringify(options2.info)}`
    );
  }
  if (options2.max_record_size === void 0 || options2.max_record_size === null || options2.max_record_size === false) {
    options2.max_record_size = 0;
  } else if (Number.isInteger(options2.max_record_size) && options2.max_record_size >= 0) {
  } else if (typeof options2.max_record_size === "string" && /\d+/.test(options2.max_record_size)) {
    options2.max_record_size = parseInt(options2.max_record_size);
  } else {
    throw new Error(
      `Invalid Option: max_record_size must be a positive integer, got ${JSON.stringify(options2.max_record_size)}`
    );
  }
  if (options2.objname === void 0 || options2.objname === null || options2.objname === false) {
    options2.objname = void 0;
  } else if (Buffer.isBuffer(options2.objname)) {
    if (options2.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty buffer`);
    }
    if (options2.encoding === null) {
    } else {
      options2.objname = options2.objname.toString(options2.encoding);
    }
  } else if (typeof options2.objname === "string") {
    if (options2.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty string`);
    }
  } else if (typeof options2.objname === "number") {
  } else {
    throw new Error(
      `Invalid Option: objname must be a string or a buffer, got ${options2.objname}`
    );
  }
  if (options2.objname !== void 0) {
    if (typeof options2.objname === "number") {
      if (options2.columns !== false) {
        throw Error(
          "Invalid Option: objname index cannot be combined with columns or be defined as a field"
        );
      }
    } else {
      if (options2.columns === false) {
        throw Error(
          "Invalid Option: objname field must be combined with columns or be defined as an index"
        );
      }
    }
  }
  if (options2.on_record === void 0 || options2.on_record === null) {
    options2.on_record = void 0;
  } else if (typeof options2.on_record !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_ON_RECORD",
      [
        "Invalid option `on_record`:",
        "expect a function,",
        `got ${JSON.stringify(options2.on_record)}`
      ],
      options2
    );
  }
  if (options2.on_skip !== void 0 && options2.on_skip !== null && typeof options2.on_skip !== "function") {
    throw new Error(
      `Invalid Option: on_skip must be a function, got ${JSON.stringify(options2.on_skip)}`
    );
  }
  if (options2.quote === null || options2.quote === false || options2.quote === "") {
    options2.quote = null;
  } else {
    if (options2.quote === void 0 || options2.quote === true) {
      options2.quote = Buffer.from('"', options2.encoding);
    } else if (typeof options2.quote === "string") {
      options2.quote = Buffer.from(options2.quote, options2.encoding);
    }
    if (!Buffer.isBuffer(options2.quote)) {
      throw new Error(
        `Invalid Option: quote must be a buffer or a string, got ${JSON.stringify(options2.quote)}`
      );
    }
  }
  if (options2.raw === void 0 || options2.raw === null || options2.raw === false) {
    options2.raw = false;
  } else if (options2.raw !== true) {
    throw new Error(
      `Invalid Option: raw must be true, got ${JSON.stringify(options2.raw)}`
    );
  }
  if (options2.record_delimiter === void 0) {
    options2.record_delimiter = [];
  } else if (typeof options2.record_delimiter === "string" || Buffer.isBuffer(options2.record_delimiter)) {
    if (options2.record_delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer,",
          `got ${JSON.stringify(options2.record_delimiter)}`
        ],
        options2
      );
    }
    options2.record_delimiter = [options2.record_delimiter];
  } else if (!Array.isArray(options2.record_delimiter)) {
    throw new CsvError(
      "CSV_INVALID_OPTION_RECORD_DELIMITER",
      [
        "Invalid option `record_delimiter`:",
        "value must be a string, a buffer or array of string|buffer,",
        `got ${JSON.stringify(options2.record_delimiter)}`
      ],
      options2
    );
  }
  options2.record_delimiter = options2.record_delimiter.map(function(rd, i) {
    if (typeof rd !== "string" && !Buffer.isBuffer(rd)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a string, a buffer or array of string|buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`
        ],
        options2
      );
    } else if (rd.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`
        ],
        options2
      );
    }
    if (typeof rd === "string") {
      rd = Buffer.from(rd, options2.encoding);
    }
    return rd;
  });
  if (typeof options2.relax_column_count === "boolean") {
  } else if (options2.relax_column_count === void 0 || options2.relax_column_count === null) {
    options2.relax_column_count = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count must be a boolean, got ${JSON.stringify(options2.relax_column_count)}`
    );
  }
  if (typeof options2.relax_column_count_less === "boolean") {
  } else if (options2.relax_column_count_less === void 0 || options2.relax_column_count_less === null) {
    options2.relax_column_count_less = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_less must be a boolean, got ${JSON.stringify(options2.relax_column_count_less)}`
    );
  }
  if (typeof options2.relax_column_count_more === "boolean") {
  } else if (options2.relax_column_count_more === void 0 || options2.relax_column_count_more === null) {
    options2.relax_column_count_more = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_more must be a boolean, got ${JSON.stringify(options2.relax_column_count_more)}`
    );
  }
  if (typeof options2.relax_quotes === "boolean") {
  } else if (options2.relax_quotes === void 0 || options2.relax_quotes === null) {
    options2.relax_quotes = false;
  } else {
    throw new Error(
      `Invalid Option: relax_quotes must be a boolean, got ${JSON.stringify(options2.relax_quotes)}`
    );
  }
  if (typeof options2.skip_empty_lines === "boolean") {
  } else if (options2.skip_empty_lines === void 0 || options2.skip_empty_lines === null) {
    options2.skip_empty_lines = false;
  } else {
    throw new Error(
      `Invalid Option: skip_empty_lines must be a boolean, got ${JSON.stringify(options2.skip_empty_lines)}`
    );
  }
  if (typeof options2.skip_records_with_empty_values === "boolean") {
  } else if (options2.skip_records_with_empty_values === void 0 || options2.skip_records_with_empty_values === null) {
    options2.skip_records_with_empty_values = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_empty_values must be a boolean, got ${JSON.stringify(options2.skip_records_with_empty_values)}`
    );
  }
  if (typeof options2.skip_records_with_error === "boolean") {
  } else if (options2.skip_records_with_error === void 0 || options2.skip_records_with_error === null) {
    options2.skip_records_with_error = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_error must be a boolean, got ${JSON.stringify(options2.skip_records_with_error)}`
    );
  }
  if (options2.rtrim === void 0 || options2.rtrim === null || options2.rtrim === false) {
    options2.rtrim = false;
  } else if (options2.rtrim !== true) {
    throw new Error(
      `Invalid Option: rtrim must be a boolean, got ${JSON.stringify(options2.rtrim)}`
    );
  }
  if (options2.ltrim === void 0 || options2.ltrim === null || options2.ltrim === false) {
    options2.ltrim = false;
  } else if (options2.ltrim !== true) {
    throw new Error(
      `Invalid Option: ltrim must be a boolean, got ${JSON.stringify(options2.ltrim)}`
    );
  }
  if (options2.trim === void 0 || options2.trim === null || options2.trim === false) {
    options2.trim = false;
  } else if (options2.trim !== true) {
    throw new Error(
      `Invalid Option: trim must be a boolean, got ${JSON.stringify(options2.trim)}`
    );
  }
  if (options2.trim === true && opts.ltrim !== false) {
    options2.ltrim = true;
  } else if (options2.ltrim !== true) {
    options2.ltrim = false;
  }
  if (options2.trim === true && opts.rtrim !== false) {
    options2.rtrim = true;
  } else if (options2.rtrim !== true) {
    options2.rtrim = false;
  }
  if (options2.to === void 0 || options2.to === null) {
    options2.to = -1;
  } else if (options2.to !== -1) {
    if (typeof options2.to === "string" && /\d+/.test(options2.to)) {
      options2.to = parseInt(options2.to);
    }
    if (Number.isInteger(options2.to)) {
      if (options2.to <= 0) {
        throw new Error(
          `Invalid Option: to must be a positive integer greater than 0, got ${JSON.stringify(opts.to)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to must be an integer, got ${JSON.stringify(opts.to)}`
      );
    }
  }
  if (options2.to_line === void 0 || options2.to_line === null) {
    options2.to_line = -1;
  } else if (options2.to_line !== -1) {
    if (typeof options2.to_line === "string" && /\d+/.test(options2.to_line)) {
      options2.to_line = parseInt(options2.to_line);
    }
    if (Number.isInteger(options2.to_line)) {
      if (options2.to_line <= 0) {
        throw new Error(
          `Invalid Option: to_line must be a positive integer greater than 0, got ${JSON.stringify(opts.to_line)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to_line must be an integer, got ${JSON.stringify(opts.to_line)}`
      );
    }
  }
  return options2;
};

// node_modules/csv-parse/lib/utils/delimiter_discover.js
var delimiter_discover = function(records, options2) {
  if (!options2) {
    ({ delimiter_auto: options2 } = normalize_options({ delimiter_auto: true }));
  }
  if (typeof records === "string") {
    records = Buffer.from(records);
  }
  if (Buffer.isBuffer(records)) {
    records = ((data) => {
      const records2 = [];
      const parser = transform({ delimiter: [] });
      const push = (record) => records2.push(record);
      const close = () => {
      };
      const error = parser.parse(data, true, push, close);
      if (error !== void 0) throw error;
      return records2;
    })(records);
  }
  const info = Array(127).fill().map(() => ({ lines: [] }));
  records.map(([record], line) => {
    for (let i = 0, l = record.length; i < l; i++) {
      const code = record.charCodeAt(i);
      if (info[code].lines[line] === void 0) info[code].lines[line] = 0;
      info[code].lines[line]++;
    }
  });
  info.map((info2, i) => {
    info2.char_code = i;
    info2.std = std(info2.lines);
    info2.total = info2.lines.reduce((acc, val) => acc + val, 0);
    info2.preferred = !!options2.preferred[i];
    info2.score = options2.score(info2, options2);
  });
  const result = info.reduce(
    (acc, info2) => acc.score > info2.score ? acc : info2,
    {}
  );
  return String.fromCharCode(result.char_code);
};
var std = function(array) {
  const n = array.length;
  if (n === 0) return 0;
  const mean2 = array.reduce((a, b) => a + b) / n;
  return Math.sqrt(
    array.map((x) => Math.pow(x - mean2, 2)).reduce((a, b) => a + b) / n
  );
};

// node_modules/csv-parse/lib/api/index.js
var isRecordEmpty = function(record) {
  return record.every(
    (field) => field == null || field.toString && field.toString().trim() === ""
  );
};
var cr = 13;
var nl = 10;
var boms = {
  // Note, the following are equals:
  // Buffer.from("\ufeff")
  // Buffer.from([239, 187, 191])
  // Buffer.from('EFBBBF', 'hex')
  utf8: Buffer.from([239, 187, 191]),
  // Note, the following are equals:
  // Buffer.from "\ufeff", 'utf16le
  // Buffer.from([255, 254])
  utf16le: Buffer.from([255, 254])
};
var transform = function(original_options = {}) {
  const info = {
    bytes: 0,
    bytes_records: 0,
    comment_lines: 0,
    empty_lines: 0,
    invalid_field_length: 0,
    lines: 1,
    records: 0
  };
  const options2 = normalize_options(original_options);
  return {
    info,
    original_options,
    options: options2,
    state: init_state(options2),
    __needMoreData: function(i, bufLen, end) {
      if (end) return false;
      const { encoding, escape: escape2, quote: quote2 } = this.options;
      const { quoting, needMoreDataSize, recordDelimiterMaxLength } = this.state;
      const numOfCharLeft = bufLen - i - 1;
      const requiredLength = Math.max(
        needMoreDataSize,
        // Skip if the remaining buffer smaller than record delimiter
        // If "record_delimiter" is yet to be discovered:
        // 1. It is equals to `[]` and "recordDelimiterMaxLength" equals `0`
        // 2. We set the length to windows line ending in the current encoding
        // Note, that encoding is known from user or bom discovery at that point
        // recordDelimiterMaxLength,
        recordDelimiterMaxLength === 0 ? Buffer.from("\r\n", encoding).length : recordDelimiterMaxLength,
        // Skip if remaining buffer can be an escaped quote
        quoting ? (escape2 === null ? 0 : escape2.length) + quote2.length : 0,
        // Skip if remaining buffer can be record delimiter following the closing quote
        quoting ? quote2.length + recordDelimiterMaxLength : 0
      );
      return numOfCharLeft < requiredLength;
    },
    // Central parser implementation
    parse: function(nextBuf, end, push, close) {
      const {
        bom,
        comment_no_infix,
        delimiter_auto,
        encoding,
        from_line,
        ltrim,
        max_record_size,
        raw,
        relax_quotes,
        rtrim,
        skip_empty_lines,
        to,
        to_line
      } = this.options;
      let { comment, escape: escape2, quote: quote2, record_delimiter } = this.options;
      const {
        bomSkipped,
        delimiterDiscovered,
        delimiterBufPrevious,
        rawBuffer,
        escapeIsQuote
      } = this.state;
      if (!delimiterDiscovered && delimiter_auto) {
        let delimiterBuf;
        if (delimiterBufPrevious === void 0) {
          delimiterBuf = nextBuf;
        } else if (delimiterBufPrevious !== void 0 && nextBuf === void 0) {
          delimiterBuf = delimiterBufPrevious;
        } else {
          delimiterBuf = Buffer.concat([delimiterBufPrevious, nextBuf]);
        }
        nextBuf = void 0;
        if (end || delimiterBuf.length > delimiter_auto.size) {
          this.options.delimiter = [
            Buffer.from(
              delimiter_discover(delimiterBuf, this.options.delimiter_auto)
            )
          ];
          this.state.previousBuf = delimiterBuf;
          this.state.delimiterBufPrevious = void 0;
          this.state.delimiterDiscovered = true;
        } else {
          this.state.delimiterBufPrevious = delimiterBuf;
          return;
        }
      }
      const { previousBuf } = this.state;
      let buf;
      if (previousBuf === void 0) {
        if (nextBuf === void 0) {
          close();
          return;
        } else {
          buf = nextBuf;
        }
      } else if (previousBuf !== void 0 && nextBuf === void 0) {
        buf = previousBuf;
      } else {
        buf = Buffer.concat([previousBuf, nextBuf]);
      }
      if (bomSkipped === false) {
        if (bom === false) {
          this.state.bomSkipped = true;
        } else if (buf.length < 3) {
          if (end === false) {
            this.state.previousBuf = buf;
            return;
          }
        } else {
          for (const encoding2 in boms) {
            if (boms[encoding2].compare(buf, 0, boms[encoding2].length) === 0) {
              const bomLength = boms[encoding2].length;
              this.state.bufBytesStart += bomLength;
              buf = buf.slice(bomLength);
              const options3 = normalize_options({
                ...this.original_options,
                encoding: encoding2
              });
              for (const key in options3) {
                this.options[key] = options3[key];
              }
              ({ comment, escape: escape2, quote: quote2 } = this.options);
              break;
            }
          }
          this.state.bomSkipped = true;
        }
      }
      const bufLen = buf.length;
      let pos;
      for (pos = 0; pos < bufLen; pos++) {
        if (this.__needMoreData(pos, bufLen, end)) {
          break;
        }
        if (this.state.wasRowDelimiter === true) {
          this.info.lines++;
          this.state.wasRowDelimiter = false;
        }
        if (to_line !== -1 && this.info.lines > to_line) {
          this.state.stop = true;
          close();
          return;
        }
        if (this.state.quoting === false && record_delimiter.length === 0) {
          const record_delimiterCount = this.__autoDiscoverRecordDelimiter(
            buf,
            pos
          );
          if (record_delimiterCount) {
            record_delimiter = this.options.record_delimiter;
          }
        }
        const chr = buf[pos];
        if (raw === true) {
          rawBuffer.append(chr);
        }
        if ((chr === cr || chr === nl) && this.state.wasRowDelimiter === false) {
          this.state.wasRowDelimiter = true;
        }
        if (this.state.escaping === true) {
          this.state.escaping = false;
        } else {
          if (escape2 !== null && this.state.quoting === true && this.__isEscape(buf, pos, chr) && pos + escape2.length < bufLen) {
            if (escapeIsQuote) {
              if (this.__isQuote(buf, pos + escape2.length)) {
                this.state.escaping = true;
                pos += escape2.length - 1;
                continue;
              }
            } else {
              this.state.escaping = true;
              pos += escape2.length - 1;
              continue;
            }
          }
          if (this.state.commenting === false && this.__isQuote(buf, pos)) {
            if (this.state.quoting === true) {
              const nextChr = buf[pos + quote2.length];
              const isNextChrTrimable = rtrim && this.__isCharTrimable(buf, pos + quote2.length);
              const isNextChrComment = comment !== null && this.__compareBytes(comment, buf, pos + quote2.length, nextChr);
              const isNextChrDelimiter = this.__isDelimiter(
                buf,
                pos + quote2.length,
                nextChr
              );
              const isNextChrRecordDelimiter = record_delimiter.length === 0 ? this.__autoDiscoverRecordDelimiter(buf, pos + quote2.length) : this.__isRecordDelimiter(nextChr, buf, pos + quote2.length);
              if (escape2 !== null && this.__isEscape(buf, pos, chr) && this.__isQuote(buf, pos + escape2.length)) {
                pos += escape2.length - 1;
              } else if (!nextChr || isNextChrDelimiter || isNextChrRecordDelimiter || isNextChrComment || isNextChrTrimable) {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                pos += quote2.length - 1;
                continue;
              } else if (relax_quotes === false) {
                const err = this.__error(
                  new CsvError(
                    "CSV_INVALID_CLOSING_QUOTE",
                    [
                      "Invalid Closing Quote:",
                      `got "${String.fromCharCode(nextChr)}"`,
                      `at line ${this.info.lines}`,
                      "instead of delimiter, record delimiter, trimable character",
                      "(if activated) or comment"
                    ],
                    this.options,
                    this.__infoField()
                  )
                );
                if (err !== void 0) return err;
              } else {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                this.state.field.prepend(quote2);
                pos += quote2.length - 1;
              }
            } else {
              if (this.state.field.length !== 0) {
                if (relax_quotes === false) {
                  const info2 = this.__infoField();
                  const bom2 = Object.keys(boms).map(
                    (b) => boms[b].equals(this.state.field.toString()) ? b : false
                  ).filter(Boolean)[0];
                  const err = this.__error(
                    new CsvError(
                      "INVALID_OPENING_QUOTE",
                      [
                        "Invalid Opening Quote:",
                        `a quote is found on field ${JSON.stringify(info2.column)} at line ${info2.lines}, value is ${JSON.stringify(this.state.field.toString(encoding))}`,
                        bom2 ? `(${bom2} bom)` : void 0
                      ],
                      this.options,
                      info2,
                      {
                        field: this.state.field
                      }
                    )
                  );
                  if (err !== void 0) return err;
                }
              } else {
                this.state.quoting = true;
                pos += quote2.length - 1;
                continue;
              }
            }
          }
          if (this.state.quoting === false) {
            const recordDelimiterLength = this.__isRecordDelimiter(
              chr,
              buf,
              pos
            );
            if (recordDelimiterLength !== 0) {
              const skipCommentLine = this.state.commenting && this.state.wasQuoting === false && this.state.record.length === 0 && this.state.field.length === 0;
              if (skipCommentLine) {
                this.info.comment_lines++;
              } else {
                if (this.state.enabled === false && this.info.lines + (this.state.wasRowDelimiter === true ? 1 : 0) >= from_line) {
                  this.state.enabled = true;
                  this.__resetField();
                  this.__resetRecord();
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                if (skip_empty_lines === true && this.state.wasQuoting === false && this.state.record.length === 0 && this.state.field.length === 0) {
                  this.info.empty_lines++;
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                this.info.bytes = this.state.bufBytesStart + pos;
                const errField = this.__onField();
                if (errField !== void 0) return errField;
                this.info.bytes = this.state.bufBytesStart + pos + recordDelimiterLength;
                const errRecord = this.__onRecord(push);
                if (errRecord !== void 0) return errRecord;
                if (to !== -1 && this.info.records >= to) {
                  this.state.stop = true;
                  close();
                  return;
                }
              }
              this.state.commenting = false;
              pos += recordDelimiterLength - 1;
              continue;
            }
            if (this.state.commenting) {
              continue;
            }
            if (comment !== null && (comment_no_infix === false || this.state.record.length === 0 && this.state.field.length === 0)) {
              const commentCount = this.__compareBytes(comment, buf, pos, chr);
              if (commentCount !== 0) {
                this.state.commenting = true;
                continue;
              }
            }
            const delimiterLength = this.__isDelimiter(buf, pos, chr);
            if (delimiterLength !== 0) {
              this.info.bytes = this.state.bufBytesStart + pos;
              const errField = this.__onField();
              if (errField !== void 0) return errField;
              pos += delimiterLength - 1;
              continue;
            }
          }
        }
        if (this.state.commenting === false) {
          if (max_record_size !== 0 && this.state.record_length + this.state.field.length > max_record_size) {
            return this.__error(
              new CsvError(
                "CSV_MAX_RECORD_SIZE",
                [
                  "Max Record Size:",
                  "record exceed the maximum number of tolerated bytes",
                  `of ${max_record_size}`,
                  `at line ${this.info.lines}`
                ],
                this.options,
                this.__infoField()
              )
            );
          }
        }
        const lappend = ltrim === false || this.state.quoting === true || this.state.field.length !== 0 || !this.__isCharTrimable(buf, pos);
        const rappend = rtrim === false || this.state.wasQuoting === false;
        if (lappend === true && rappend === true) {
          this.state.field.append(chr);
        } else if (rtrim === true && !this.__isCharTrimable(buf, pos)) {
          return this.__error(
            new CsvError(
              "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE",
              [
                "Invalid Closing Quote:",
                "found non trimable byte after quote",
                `at line ${this.info.lines}`
              ],
              this.options,
              this.__infoField()
            )
          );
        } else {
          if (lappend === false) {
            pos += this.__isCharTrimable(buf, pos) - 1;
          }
          continue;
        }
      }
      if (end === true) {
        if (this.state.quoting === true) {
          const err = this.__error(
            new CsvError(
              "CSV_QUOTE_NOT_CLOSED",
              [
                "Quote Not Closed:",
                `the parsing is finished with an opening quote at line ${this.info.lines}`
              ],
              this.options,
              this.__infoField()
            )
          );
          if (err !== void 0) return err;
        } else {
          if (this.state.wasQuoting === true || this.state.record.length !== 0 || this.state.field.length !== 0) {
            this.info.bytes = this.state.bufBytesStart + pos;
            const errField = this.__onField();
            if (errField !== void 0) return errField;
            const errRecord = this.__onRecord(push);
            if (errRecord !== void 0) return errRecord;
          } else if (this.state.wasRowDelimiter === true) {
            this.info.empty_lines++;
          } else if (this.state.commenting === true) {
            this.info.comment_lines++;
          }
        }
      } else {
        this.state.bufBytesStart += pos;
        this.state.previousBuf = buf.slice(pos);
      }
      if (this.state.wasRowDelimiter === true) {
        this.info.lines++;
        this.state.wasRowDelimiter = false;
      }
    },
    __onRecord: function(push) {
      const {
        columns,
        group_columns_by_name,
        encoding,
        info: info2,
        from,
        relax_column_count,
        relax_column_count_less,
        relax_column_count_more,
        raw,
        skip_records_with_empty_values
      } = this.options;
      const { enabled, record } = this.state;
      if (enabled === false) {
        return this.__resetRecord();
      }
      const recordLength = record.length;
      if (columns === true) {
        if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
          this.__resetRecord();
          return;
        }
        return this.__firstLineToColumns(record);
      }
      if (columns === false && this.info.records === 0) {
        this.state.expectedRecordLength = recordLength;
      }
      if (recordLength !== this.state.expectedRecordLength) {
        const err = columns === false ? new CsvError(
          "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH",
          [
            "Invalid Record Length:",
            `expect ${this.state.expectedRecordLength},`,
            `got ${recordLength} on line ${this.info.lines}`
          ],
          this.options,
          this.__infoField(),
          {
            record
          }
        ) : new CsvError(
          "CSV_RECORD_INCONSISTENT_COLUMNS",
          [
            "Invalid Record Length:",
            `columns length is ${columns.length},`,
            // rename columns
            `got ${recordLength} on line ${this.info.lines}`
          ],
          this.options,
          this.__infoField(),
          {
            record
          }
        );
        if (relax_column_count === true || relax_column_count_less === true && recordLength < this.state.expectedRecordLength || relax_column_count_more === true && recordLength > this.state.expectedRecordLength) {
          this.info.invalid_field_length++;
          this.state.error = err;
        } else {
          const finalErr = this.__error(err);
          if (finalErr) return finalErr;
        }
      }
      if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
        this.__resetRecord();
        return;
      }
      if (this.state.recordHasError === true) {
        this.__resetRecord();
        this.state.recordHasError = false;
        return;
      }
      this.info.records++;
      if (from === 1 || this.info.records >= from) {
        const { objname } = this.options;
        if (columns !== false) {
          const obj = {};
          for (let i = 0, l = record.length; i < l; i++) {
            if (columns[i] === void 0 || columns[i].disabled) continue;
            if (group_columns_by_name === true && Object.hasOwn(obj, columns[i].name)) {
              if (Array.isArray(obj[columns[i].name])) {
                obj[columns[i].name] = obj[columns[i].name].concat(record[i]);
              } else {
                obj[columns[i].name] = [obj[columns[i].name], record[i]];
              }
            } else {
              Object.defineProperty(obj, columns[i].name, {
                value: record[i],
                enumerable: true,
                writable: true,
                configurable: true
              });
            }
          }
          if (raw === true || info2 === true) {
            const extRecord = Object.assign(
              { record: obj },
              raw === true ? { raw: this.state.rawBuffer.toString(encoding) } : {},
              info2 === true ? { info: this.__infoRecord() } : {}
            );
            const err = this.__push(
              objname === void 0 ? extRecord : [obj[objname], extRecord],
              push
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === void 0 ? obj : [obj[objname], obj],
              push
            );
            if (err) {
              return err;
            }
          }
        } else {
          if (raw === true || info2 === true) {
            const extRecord = Object.assign(
              { record },
              raw === true ? { raw: this.state.rawBuffer.toString(encoding) } : {},
              info2 === true ? { info: this.__infoRecord() } : {}
            );
            const err = this.__push(
              objname === void 0 ? extRecord : [record[objname], extRecord],
              push
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === void 0 ? record : [record[objname], record],
              push
            );
            if (err) {
              return err;
            }
          }
        }
      }
      this.__resetRecord();
    },
    __firstLineToColumns: function(record) {
      const { firstLineToHeaders } = this.state;
      try {
        const headers = firstLineToHeaders === void 0 ? record : firstLineToHeaders.call(null, record);
        if (!Array.isArray(headers)) {
          return this.__error(
            new CsvError(
              "CSV_INVALID_COLUMN_MAPPING",
              [
                "Invalid Column Mapping:",
                "expect an array from column function,",
                `got ${JSON.stringify(headers)}`
              ],
              this.options,
              this.__infoField(),
              {
                headers
              }
            )
          );
        }
        const normalizedHeaders = normalize_columns_array(headers);
        this.state.expectedRecordLength = normalizedHeaders.length;
        this.options.columns = normalizedHeaders;
        this.__resetRecord();
        return;
      } catch (err) {
        return err;
      }
    },
    __resetRecord: function() {
      if (this.options.raw === true) {
        this.state.rawBuffer.reset();
      }
      this.state.error = void 0;
      this.state.record = [];
      this.state.record_length = 0;
    },
    __onField: function() {
      const { cast, encoding, rtrim, max_record_size } = this.options;
      const { enabled, wasQuoting } = this.state;
      if (enabled === false) {
        return this.__resetField();
      }
      let field = this.state.field.toString(encoding);
      if (rtrim === true && wasQuoting === false) {
        field = field.trimRight();
      }
      if (cast === true) {
        const [err, f] = this.__cast(field);
        if (err !== void 0) return err;
        field = f;
      }
      this.state.record.push(field);
      if (max_record_size !== 0 && typeof field === "string") {
        this.state.record_length += field.length;
      }
      this.__resetField();
    },
    __resetField: function() {
      this.state.field.reset();
      this.state.wasQuoting = false;
    },
    __push: function(record, push) {
      const { on_record } = this.options;
      if (on_record !== void 0) {
        const info2 = this.__infoRecord();
        try {
          record = on_record.call(null, record, info2);
        } catch (err) {
          return err;
        }
        if (record === void 0 || record === null) {
          return;
        }
      }
      this.info.bytes_records += this.info.bytes;
      push(record);
    },
    // Return a tuple with the error and the casted value
    __cast: function(field) {
      const { columns, relax_column_count } = this.options;
      const isColumns = Array.isArray(columns);
      if (isColumns === true && relax_column_count && this.options.columns.length <= this.state.record.length) {
        return [void 0, void 0];
      }
      if (this.state.castField !== null) {
        try {
          const info2 = this.__infoField();
          return [void 0, this.state.castField.call(null, field, info2)];
        } catch (err) {
          return [err];
        }
      }
      if (this.__isFloat(field)) {
        return [void 0, parseFloat(field)];
      } else if (this.options.cast_date !== false) {
        const info2 = this.__infoField();
        return [void 0, this.options.cast_date.call(null, field, info2)];
      }
      return [void 0, field];
    },
    __compareBytes: function(sourceBuf, targetBuf, targetPos, firstByte) {
      if (sourceBuf[0] !== firstByte) return 0;
      const sourceLength = sourceBuf.length;
      for (let i = 1; i < sourceLength; i++) {
        if (sourceBuf[i] !== targetBuf[targetPos + i]) return 0;
      }
      return sourceLength;
    },
    // Helper to test if a character is trimable
    __isCharTrimable: function(buf, pos) {
      const { timchars, timcharFirstBytes } = this.state;
      const first = buf[pos];
      if (first === void 0 || timcharFirstBytes[first] === 0) return 0;
      loop1: for (let i = 0; i < timchars.length; i++) {
        const timchar = timchars[i];
        for (let j = 0; j < timchar.length; j++) {
          if (timchar[j] !== buf[pos + j]) continue loop1;
        }
        return timchar.length;
      }
      return 0;
    },
    __isDelimiter: function(buf, pos, chr) {
      const { delimiter, ignore_last_delimiters } = this.options;
      if (ignore_last_delimiters === true && this.state.record.length === this.options.columns.length - 1) {
        return 0;
      } else if (ignore_last_delimiters !== false && typeof ignore_last_delimiters === "number" && this.state.record.length === ignore_last_delimiters - 1) {
        return 0;
      }
      loop1: for (let i = 0; i < delimiter.length; i++) {
        const del = delimiter[i];
        if (del[0] === chr) {
          for (let j = 1; j < del.length; j++) {
            if (del[j] !== buf[pos + j]) continue loop1;
          }
          return del.length;
        }
      }
      return 0;
    },
    __isEscape: function(buf, pos, chr) {
      const { escape: escape2 } = this.options;
      if (escape2 === null) return false;
      const l = escape2.length;
      if (escape2[0] === chr) {
        for (let i = 0; i < l; i++) {
          if (escape2[i] !== buf[pos + i]) {
            return false;
          }
        }
        return true;
      }
      return false;
    },
    __isFloat: function(value) {
      return value - parseFloat(value) + 1 >= 0;
    },
    // Keep it in case we implement the `cast_int` option
    // __isInt(value){
    //   // return Number.isInteger(parseInt(value))
    //   // return !isNaN( parseInt( obj ) );
    //   return /^(\-|\+)?[1-9][0-9]*$/.test(value)
    // }
    __isQuote: function(buf, pos) {
      const { quote: quote2 } = this.options;
      if (quote2 === null) return false;
      const l = quote2.length;
      for (let i = 0; i < l; i++) {
        if (quote2[i] !== buf[pos + i]) {
          return false;
        }
      }
      return true;
    },
    __isRecordDelimiter: function(chr, buf, pos) {
      const { record_delimiter } = this.options;
      const recordDelimiterLength = record_delimiter.length;
      loop1: for (let i = 0; i < recordDelimiterLength; i++) {
        const rd = record_delimiter[i];
        const rdLength = rd.length;
        if (rd[0] !== chr) {
          continue;
        }
        for (let j = 1; j < rdLength; j++) {
          if (rd[j] !== buf[pos + j]) {
            continue loop1;
          }
        }
        return rd.length;
      }
      return 0;
    },
    __autoDiscoverRecordDelimiter: function(buf, pos) {
      const { encoding } = this.options;
      const rds = [
        // Important, the windows line ending must be before mac os 9
        Buffer.from("\r\n", encoding),
        Buffer.from("\n", encoding),
        Buffer.from("\r", encoding)
      ];
      loop: for (let i = 0; i < rds.length; i++) {
        const l = rds[i].length;
        for (let j = 0; j < l; j++) {
          if (rds[i][j] !== buf[pos + j]) {
            continue loop;
          }
        }
        this.options.record_delimiter.push(rds[i]);
        this.state.recordDelimiterMaxLength = rds[i].length;
        return rds[i].length;
      }
      return 0;
    },
    __error: function(msg) {
      const { encoding, raw, skip_records_with_error } = this.options;
      const err = typeof msg === "string" ? new Error(msg) : msg;
      if (skip_records_with_error) {
        this.state.recordHasError = true;
        if (this.options.on_skip !== void 0) {
          try {
            this.options.on_skip(
              err,
              raw ? this.state.rawBuffer.toString(encoding) : void 0
            );
          } catch (err2) {
            return err2;
          }
        }
        return void 0;
      } else {
        return err;
      }
    },
    __infoDataSet: function() {
      return {
        ...this.info,
        columns: this.options.columns
      };
    },
    __infoRecord: function() {
      const { columns, raw, encoding } = this.options;
      return {
        ...this.__infoDataSet(),
        bytes_records: this.info.bytes,
        error: this.state.error,
        header: columns === true,
        index: this.state.record.length,
        raw: raw ? this.state.rawBuffer.toString(encoding) : void 0
      };
    },
    __infoField: function() {
      const { columns } = this.options;
      const isColumns = Array.isArray(columns);
      const bytes_records = this.info.bytes_records;
      return {
        ...this.__infoRecord(),
        bytes_records,
        column: isColumns === true ? columns.length > this.state.record.length ? columns[this.state.record.length].name : null : this.state.record.length,
        quoting: this.state.wasQuoting
      };
    }
  };
};

// node_modules/csv-parse/lib/index.js
var Parser = class extends Transform {
  constructor(opts = {}) {
    super({ ...{ readableObjectMode: true }, ...opts, encoding: null });
    this.api = transform({
      on_skip: (err, chunk) => {
        this.emit("skip", err, chunk);
      },
      ...opts
    });
    this.state = this.api.state;
    this.options = this.api.options;
    this.info = this.api.info;
  }
  // Implementation of `Transform._transform`
  _transform(buf, _, callback) {
    if (this.state.stop === true) {
      return;
    }
    const err = this.api.parse(
      buf,
      false,
      (record) => {
        this.push(record);
      },
      () => {
        this.push(null);
        this.end();
        this.on("end", this.destroy);
      }
    );
    if (err !== void 0) {
      this.state.stop = true;
    }
    callback(err);
  }
  // Implementation of `Transform._flush`
  _flush(callback) {
    if (this.state.stop === true) {
      return;
    }
    const err = this.api.parse(
      void 0,
      true,
      (record) => {
        this.push(record);
      },
      () => {
        this.push(null);
        this.on("end", this.destroy);
      }
    );
    callback(err);
  }
};
var parse = function() {
  let data, options2, callback;
  for (const i in arguments) {
    const argument = arguments[i];
    const type = typeof argument;
    if (data === void 0 && (typeof argument === "string" || Buffer.isBuffer(argument))) {
      data = argument;
    } else if (options2 === void 0 && is_object(argument)) {
      options2 = argument;
    } else if (callback === void 0 && type === "function") {
      callback = argument;
    } else {
      throw new CsvError(
        "CSV_INVALID_ARGUMENT",
        ["Invalid argument:", `got ${JSON.stringify(argument)} at index ${i}`],
        options2 || {}
      );
    }
  }
  const parser = new Parser(options2);
  if (callback) {
    const records = options2 === void 0 || options2.objname === void 0 ? [] : /* @__PURE__ */ Object.create(null);
    parser.on("readable", function() {
      let record;
      while ((record = this.read()) !== null) {
        if (options2 === void 0 || options2.objname === void 0) {
          records.push(record);
        } else {
          Object.assign(records, {
            [record[0]]: record[1]
            // writable: true,
            // enumerable: true,
            // configurable: true
          });
        }
      }
    });
    parser.on("error", function(err) {
      callback(err, void 0, parser.api.__infoDataSet());
    });
    parser.on("end", function() {
      callback(void 0, records, parser.api.__infoDataSet());
    });
  }
  if (data !== void 0) {
    const writer = function() {
      parser.write(data);
      parser.end();
    };
    if (typeof setImmediate === "function") {
      setImmediate(writer);
    } else {
      setTimeout(writer, 0);
    }
  }
  return parser;
};

// src/io/lines.ts
import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import { createGunzip } from "node:zlib";
var CHUNK = 4 << 20;
var BOM = 65279;
function isGzip(path) {
  return path.endsWith(".gz");
}
async function forEachLine(path, onLine, options2 = {}) {
  const file = options2.displayName ?? path;
  let total;
  try {
    total = (await stat(path)).size;
  } catch (error) {
    throw new InputError({ file, message: `cannot read the file (${describeFsError(error)})` });
  }
  const range = options2.range;
  if (range) {
    if (isGzip(path)) throw new Error("byte ranges of a gzip file cannot be read on their own");
    total = range.end - range.start;
  }
  const raw = range ? createReadStream(path, {
    highWaterMark: CHUNK,
    start: range.start,
    end: Math.max(range.start, range.end - 1)
  }) : createReadStream(path, { highWaterMark: CHUNK });
  const atFileStart = !range || range.start === 0;
  if (range && range.end <= range.start) {
    raw.destroy();
    return 0;
  }
  const source = isGzip(path) ? raw.pipe(createGunzip()) : raw;
  const strict = new TextDecoder("utf-8", { fatal: true });
  let lineNumber = 0;
  let carry = null;
  let lastReport = 0;
  const emitRun = (buf, end) => {
    const text = buf.toString("utf8", 0, end);
    const lines = text.split("\n");
    const suspicious = text.includes("\uFFFD");
    let offset = 0;
    for (let i = 0; i < lines.length; i++) {
      let line = lines[i];
      lineNumber++;
      if (suspicious) {
        const bytes = Buffer.byteLength(line);
        try {
          strict.decode(buf.subarray(offset, offset + bytes));
        } catch {
          throw new InputError({ file, line: lineNumber, message: "the line is not valid UTF-8" });
        }
        offset += bytes + 1;
      }
      if (lineNumber === 1 && atFileStart && line.charCodeAt(0) === BOM) line = line.slice(1);
      if (line.length && line.charCodeAt(line.length - 1) === 13) line = line.slice(0, -1);
      onLine(line, lineNumber);
    }
  };
  try {
    for await (const chunk of source) {
      const buf = carry ? Buffer.concat([carry, chunk]) : chunk;
      carry = null;
      const lastNl = buf.lastIndexOf(10);
      if (lastNl < 0) {
        carry = buf;
        continue;
      }
      emitRun(buf, lastNl);
      if (lastNl + 1 < buf.length) carry = Buffer.from(buf.subarray(lastNl + 1));
      if (options2.onProgress && raw.bytesRead - lastReport > 16 * CHUNK) {
        lastReport = raw.bytesRead;
        options2.onProgress(raw.bytesRead, total);
      }
    }
    if (carry && carry.length) emitRun(carry, carry.length);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError({
      file,
      line: lineNumber + 1,
      message: `cannot read the file (${describeFsError(error)})`
    });
  } finally {
    raw.destroy();
  }
  return lineNumber;
}
function describeFsError(error) {
  const code = error.code;
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES") return "permission denied";
  if (code === "EISDIR") return "it is a directory";
  if (code === "Z_DATA_ERROR" || code === "Z_BUF_ERROR") return "the gzip data is corrupt or truncated";
  return error instanceof Error ? error.message : String(error);
}
async function splitLines(path, parts) {
  const { size } = await stat(path);
  if (parts <= 1 || size === 0) return [{ start: 0, end: size }];
  const handle = await open(path, "r");
  try {
    const cuts = [0];
    const probe = Buffer.allocUnsafe(64 * 1024);
    for (let i = 1; i < parts; i++) {
      let pos = Math.max(cuts[cuts.length - 1], Math.floor(size * i / parts));
      for (; ; ) {
        const { bytesRead } = await handle.read(probe, 0, probe.length, pos);
        if (bytesRead === 0) {
          pos = size;
          break;
        }
        const nl2 = probe.subarray(0, bytesRead).indexOf(10);
        if (nl2 >= 0) {
          pos += nl2 + 1;
          break;
        }
        pos += bytesRead;
      }
      if (pos >= size) break;
      if (pos > cuts[cuts.length - 1]) cuts.push(pos);
    }
    cuts.push(size);
    return cuts.slice(1).map((end, i) => ({ start: cuts[i], end }));
  } finally {
    await handle.close();
  }
}

// src/io/records.ts
function formatFromPath(path) {
  const name = path.toLowerCase().replace(/\.gz$/, "");
  if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) return "jsonl";
  if (name.endsWith(".csv")) return "csv";
  if (name.endsWith(".json")) return "json";
  return void 0;
}
function resolveFormat(path, format) {
  const resolved = format ?? formatFromPath(path);
  if (!resolved) {
    throw new InputError({
      file: path,
      message: "cannot tell the format from the file name: expected .jsonl, .jsonl.gz, .csv or .json, or set `format`"
    });
  }
  return resolved;
}
async function readRecords(path, onRecord, options2 = {}) {
  const name = options2.displayName ?? path;
  const format = resolveFormat(name, options2.format);
  if (format === "jsonl") return readJsonl(path, name, onRecord, options2);
  if (format === "csv") return readCsv(path, name, onRecord);
  return readJsonArray(path, name, onRecord, options2);
}
function parseJsonText(text, path, line) {
  try {
    return JSON.parse(text);
  } catch (error) {
    if (/(^|[^"\w])(NaN|-?Infinity)([^"\w]|$)/.test(text)) {
      throw new InputError({
        file: path,
        line,
        message: "NaN and Infinity are not valid JSON numbers: write a finite number or null"
      });
    }
    const why = error instanceof Error ? error.message : String(error);
    throw new InputError({ file: path, line, message: `malformed JSON (${oneLine(why)})` });
  }
}
function asRecord(value, path, line) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new InputError({ file: path, line, message: `expected a JSON object, got ${describeType(value)}` });
  }
  return value;
}
async function readJsonl(path, name, onRecord, options2) {
  return forEachLine(
    path,
    (text, line) => {
      if (text.length === 0 || text.trim().length === 0) return;
      onRecord(asRecord(parseJsonText(text, name, line), name, line), line);
    },
    options2
  );
}
async function readJsonArray(path, name, onRecord, options2) {
  let state = "before";
  let depth = 0;
  let inString = false;
  let escaped = false;
  let parts = [];
  let elementLine = 0;
  let expectElement = true;
  const count = await forEachLine(
    path,
    (text, line) => {
      let segmentStart = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (state === "element") {
          if (inString) {
            if (escaped) escaped = false;
            else if (c === 92) escaped = true;
            else if (c === 34) inString = false;
            continue;
          }
          if (depth === 0 && (c === 44 || c === 93)) {
            parts.push(text.slice(segmentStart, i));
            asRecord(parseJsonText(parts.join("\n"), name, elementLine), name, elementLine);
          }
          if (c === 34) inString = true;
          else if (c === 123 || c === 91) depth++;
          else if (c === 125 || c === 93) {
            depth--;
            if (depth === 0) {
              parts.push(text.slice(segmentStart, i + 1));
              const value = parseJsonText(parts.join("\n"), name, elementLine);
              onRecord(asRecord(value, name, elementLine), elementLine);
              parts = [];
              state = "between";
              expectElement = false;
            }
          }
          continue;
        }
        if (c === 32 || c === 9 || c === 13) continue;
        if (state === "before") {
          if (c !== 91) {
            throw new InputError({
              file: name,
              line,
              message: 'expected a JSON array of objects (the file must start with "[")'
            });
          }
          state = "between";
          expectElement = true;
          continue;
        }
        if (state === "after") {
          throw new InputError({
            file: name,
            line,
            message: 'unexpected text after the closing "]" of the array'
          });
        }
        if (c === 44 && !expectElement) {
          expectElement = true;
          continue;
        }
        if (c === 93) {
          state = "after";
          continue;
        }
        if (!expectElement) {
          throw new InputError({
            file: name,
            line,
            message: 'malformed JSON array: expected "," or "]" between elements'
          });
        }
        state = "element";
        elementLine = line;
        segmentStart = i;
        depth = 0;
        if (c === 123 || c === 91) depth = 1;
        else if (c === 34) inString = true;
      }
      if (state === "element") parts.push(text.slice(segmentStart));
    },
    options2
  );
  if (state !== "after") {
    throw new InputError({
      file: name,
      message: 'malformed JSON array: the file ends before the closing "]"'
    });
  }
  return count;
}
async function readCsv(path, name, onRecord) {
  const raw = createReadStream2(path);
  const source = isGzip(path) ? raw.pipe(createGunzip2()) : raw;
  let lines = 0;
  const parser = source.pipe(
    parse({ columns: true, bom: true, info: true, skip_empty_lines: true, relax_column_count: false })
  );
  try {
    for await (const item of parser) {
      onRecord(item.record, item.info.lines);
      lines = item.info.lines;
    }
    return lines;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const e = error;
    if (e.code && e.code.startsWith("CSV_")) {
      throw new InputError({
        file: name,
        line: e.lines,
        message: `malformed CSV (${oneLine(e.message ?? e.code)})`
      });
    }
    throw new InputError({ file: name, message: `cannot read the file (${describeFsError(error)})` });
  } finally {
    raw.destroy();
  }
}

// src/util/hash.ts
import { createHash } from "node:crypto";
function sha256(text) {
  return `sha256:${createHash("sha256").update(text).digest("hex")}`;
}
function canonicalJson(value) {
  return JSON.stringify(value, (_key, v) => {
    if (v && typeof v === "object" && !Array.isArray(v) && !ArrayBuffer.isView(v)) {
      return Object.fromEntries(
        Object.entries(v).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)
      );
    }
    return v;
  });
}
var FingerprintAccumulator = class {
  a = 0;
  b = 0;
  lanesNow = { sumA: 0, sumB: 0, xorA: 0, xorB: 0 };
  begin() {
    this.a = 2166136261;
    this.b = 2538058380;
  }
  add(field) {
    let a = this.a;
    let b = this.b;
    for (let i = 0; i < field.length; i++) {
      const c = field.charCodeAt(i);
      a = Math.imul(a ^ c, 16777619) >>> 0;
      b = Math.imul(b ^ c, 16777619) >>> 0;
      b = (b ^ b >>> 13) >>> 0;
    }
    this.a = Math.imul(a, 16777619) >>> 0;
    this.b = Math.imul(b ^ 1540483477, 16777619) >>> 0;
  }
  /** Closes the record; returns its 32-bit hash (used to spot relabelled examples between two results). */
  end() {
    const a = avalanche(this.a);
    const b = avalanche(this.b ^ 1759714724);
    const l = this.lanesNow;
    l.sumA = l.sumA + a >>> 0;
    l.sumB = l.sumB + b >>> 0;
    l.xorA = (l.xorA ^ a) >>> 0;
    l.xorB = (l.xorB ^ b) >>> 0;
    return a;
  }
  merge(other) {
    const l = this.lanesNow;
    l.sumA = l.sumA + other.sumA >>> 0;
    l.sumB = l.sumB + other.sumB >>> 0;
    l.xorA = (l.xorA ^ other.xorA) >>> 0;
    l.xorB = (l.xorB ^ other.xorB) >>> 0;
  }
  lanes() {
    return { ...this.lanesNow };
  }
  digest(count) {
    const l = this.lanesNow;
    return sha256(`${count}:${l.sumA}:${l.sumB}:${l.xorA}:${l.xorB}`);
  }
};
function avalanche(h) {
  h ^= h >>> 16;
  h = Math.imul(h, 2146121005) >>> 0;
  h ^= h >>> 15;
  h = Math.imul(h, 2221713035) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

// src/util/id-index.ts
function hashId(id) {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  h ^= h >>> 16;
  h = Math.imul(h, 2146121005);
  h ^= h >>> 15;
  return h >>> 0;
}
var IdIndex = class {
  /** Builds the index; `onDuplicate(i, first)` is called for an id seen before (and it is not indexed). */
  constructor(ids, hashes, onDuplicate) {
    this.ids = ids;
    this.hashes = hashes;
    let size = 1;
    while (size < ids.length * 2) size <<= 1;
    this.mask = size - 1;
    this.slots = new Int32Array(size).fill(-1);
    for (let i = 0; i < ids.length; i++) {
      const first = this.insert(i);
      if (first >= 0 && onDuplicate) onDuplicate(i, first);
    }
  }
  ids;
  hashes;
  mask;
  slots;
  insert(i) {
    const id = this.ids[i];
    let slot = this.hashes[i] & this.mask;
    for (; ; ) {
      const at = this.slots[slot];
      if (at < 0) {
        this.slots[slot] = i;
        return -1;
      }
      if (this.hashes[at] === this.hashes[i] && this.ids[at] === id) return at;
      slot = slot + 1 & this.mask;
    }
  }
  /** Position of `id` (with its hashId), or −1. */
  get(id, hash) {
    let slot = hash & this.mask;
    for (; ; ) {
      const at = this.slots[slot];
      if (at < 0) return -1;
      if (this.hashes[at] === hash && this.ids[at] === id) return at;
      slot = slot + 1 & this.mask;
    }
  }
};
function hashIds(ids) {
  const out = new Uint32Array(ids.length);
  for (let i = 0; i < ids.length; i++) out[i] = hashId(ids[i]);
  return out;
}

// src/tasks/classification/decode.ts
var Vocab = class {
  names = [];
  index = /* @__PURE__ */ new Map();
  allNumeric = true;
  intern(name, numeric = false) {
    let i = this.index.get(name);
    if (i === void 0) {
      i = this.names.length;
      this.names.push(name);
      this.index.set(name, i);
      if (!numeric) this.allNumeric = false;
    }
    return i;
  }
};
function labelText(value, file, line, field) {
  if (typeof value === "string") return { text: value, numeric: false };
  if (typeof value === "number" && Number.isFinite(value)) return { text: String(value), numeric: true };
  if (typeof value === "boolean") return { text: String(value), numeric: false };
  throw new InputError({
    file,
    line,
    field,
    message: `expected a label (string or number), got ${describeType(value)}`
  });
}
function idText(value, file, line, field) {
  if (typeof value === "string" && value.length > 0) return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (value === void 0) throw new InputError({ file, line, field, message: "missing id" });
  throw new InputError({
    file,
    line,
    field,
    message: `expected a non-empty string or number id, got ${describeType(value)}`
  });
}
function labelSet(value, vocab, file, line, field) {
  if (!Array.isArray(value)) {
    throw new InputError({
      file,
      line,
      field,
      message: `expected an array of labels (multilabel), got ${describeType(value)}`
    });
  }
  const out = [];
  for (const item of value) {
    const { text, numeric } = labelText(item, file, line, field);
    const idx = vocab.intern(text, numeric);
    if (!out.includes(idx)) out.push(idx);
  }
  return out;
}
var MISSING_VALUE = "(missing)";
function sliceValueText(value) {
  if (value === void 0 || value === null || value === "") return MISSING_VALUE;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}
async function decodeGoldenPart(source, spec, options2 = {}) {
  const file = source.display;
  const ids = [];
  const lines = [];
  const truth = [];
  const truthSets = spec.multilabel ? [] : null;
  const labels = new Vocab();
  const sliceVocabs = spec.sliceFields.map(() => new Vocab());
  const sliceCodes = spec.sliceFields.map(() => []);
  const fingerprint = new FingerprintAccumulator();
  const recordHashes = [];
  const lineCount = await readRecords(
    source.path,
    (record, line) => {
      const id = idText(record[spec.idField], file, line, spec.idField);
      const raw = record[spec.labelField];
      if (raw === void 0)
        throw new InputError({ file, line, field: spec.labelField, message: "missing label" });
      fingerprint.begin();
      fingerprint.add(id);
      if (truthSets) {
        const set = labelSet(raw, labels, file, line, spec.labelField);
        truthSets.push(set);
        fingerprint.add(
          set.map((i) => labels.names[i]).sort().join("")
        );
      } else {
        const { text, numeric } = labelText(raw, file, line, spec.labelField);
        truth.push(labels.intern(text, numeric));
        fingerprint.add(text);
      }
      for (let f = 0; f < sliceVocabs.length; f++) {
        const v = sliceValueText(record[spec.sliceFields[f]]);
        sliceCodes[f].push(sliceVocabs[f].intern(v));
        fingerprint.add(v);
      }
      recordHashes.push(fingerprint.end());
      ids.push(id);
      lines.push(line);
    },
    { ...options2, format: source.format, displayName: file }
  );
  return {
    n: ids.length,
    lineCount,
    ids,
    idHashes: hashIds(ids),
    lines: Int32Array.from(lines),
    labelNames: labels.names,
    labelsNumeric: labels.allNumeric,
    truth: truthSets ? null : Int32Array.from(truth),
    truthSets,
    slices: sliceVocabs.map((v, f) => ({ values: v.names, codes: Int32Array.from(sliceCodes[f]) })),
    fingerprint: fingerprint.lanes(),
    recordHashes: Uint32Array.from(recordHashes)
  };
}
function remap(names, vocab, numeric = false) {
  return Int32Array.from(names, (name) => vocab.intern(name, numeric));
}
function mergeGoldenParts(parts, spec, file, lineOffsets) {
  const n = parts.reduce((s, p2) => s + p2.n, 0);
  if (n === 0) throw new InputError({ file, message: "the golden set has no examples" });
  const ids = new Array(n);
  const hashes = new Uint32Array(n);
  const recordHashes = new Uint32Array(n);
  const lines = new Int32Array(n);
  const labels = new Vocab();
  const truth = new Int32Array(spec.multilabel ? 0 : n);
  const truthSets = spec.multilabel ? [] : null;
  const sliceVocabs = spec.sliceFields.map(() => new Vocab());
  const sliceCodes = spec.sliceFields.map(() => new Int32Array(n));
  const fingerprint = new FingerprintAccumulator();
  let i = 0;
  parts.forEach((part, p2) => {
    const labelMap = remap(part.labelNames, labels, part.labelsNumeric);
    if (!part.labelsNumeric) labels.allNumeric = false;
    const sliceMaps = part.slices.map((s, f) => remap(s.values, sliceVocabs[f]));
    fingerprint.merge(part.fingerprint);
    hashes.set(part.idHashes, i);
    recordHashes.set(part.recordHashes, i);
    for (let j = 0; j < part.n; j++, i++) {
      ids[i] = part.ids[j];
      lines[i] = part.lines[j] + lineOffsets[p2];
      if (truthSets) truthSets.push(part.truthSets[j].map((c) => labelMap[c]));
      else truth[i] = labelMap[part.truth[j]];
      for (let f = 0; f < sliceMaps.length; f++) sliceCodes[f][i] = sliceMaps[f][part.slices[f].codes[j]];
    }
  });
  const byId = new IdIndex(ids, hashes, (dup, first) => {
    throw new InputError({
      file,
      line: lines[dup],
      field: spec.idField,
      message: `duplicate id ${quote(ids[dup])} (first at line ${lines[first]})`
    });
  });
  return {
    file,
    n,
    ids,
    byId,
    lines,
    labels,
    truth,
    truthSets,
    slices: spec.sliceFields.map((field, f) => ({
      field,
      values: sliceVocabs[f].names,
      codes: sliceCodes[f]
    })),
    fingerprint: fingerprint.digest(n),
    recordHashes
  };
}
async function decodePredictionPart(source, spec, options2 = {}) {
  const file = source.display;
  const ids = [];
  const lines = [];
  const pred = [];
  const predSets = spec.multilabel ? [] : null;
  const labels = new Vocab();
  const scoresField = spec.scoresField;
  let scoreKeys = null;
  let scoreKeysLine = 0;
  let scoreIndex = null;
  let scores = new Float64Array(0);
  let used = 0;
  const readScores = (obj, line) => {
    if (typeof obj === "string") obj = parseScoresCell(obj, file, line, scoresField);
    if (obj === null || typeof obj !== "object" || Array.isArray(obj)) {
      throw new InputError({
        file,
        line,
        field: scoresField,
        message: `expected an object of label -> probability, got ${describeType(obj)}`
      });
    }
    const entries = obj;
    if (scoreKeys === null) {
      scoreKeys = Object.keys(entries);
      scoreKeysLine = line;
      if (scoreKeys.length < 2)
        throw new InputError({
          file,
          line,
          field: scoresField,
          message: "expected scores for at least 2 labels"
        });
      scoreIndex = new Map(scoreKeys.map((key, i) => [key, i]));
      scores = new Float64Array(4096 * scoreKeys.length);
    }
    const keys = scoreKeys;
    const K = keys.length;
    if (used + K > scores.length) {
      const grown = new Float64Array(scores.length * 2);
      grown.set(scores);
      scores = grown;
    }
    let count = 0;
    for (const key in entries) {
      const j = count < K && keys[count] === key ? count : scoreIndex.get(key);
      if (j === void 0) {
        throw new InputError({
          file,
          line,
          field: `${scoresField}.${key}`,
          message: `unexpected label: the first row's scores cover ${K} labels and not this one`
        });
      }
      const v = entries[key];
      if (typeof v !== "number" || !(v >= 0 && v <= 1)) {
        const message = typeof v === "number" && Number.isFinite(v) ? `expected a probability in [0, 1], got ${v}` : `expected a finite number, got ${describeType(v)}`;
        throw new InputError({ file, line, field: `${scoresField}.${key}`, message });
      }
      scores[used + j] = v;
      count++;
    }
    if (count !== K) {
      const missing = keys.find((key) => !(key in entries));
      throw new InputError({
        file,
        line,
        field: `${scoresField}.${missing}`,
        message: `missing score: every row must cover the same ${K} labels`
      });
    }
    used += K;
  };
  const lineCount = await readRecords(
    source.path,
    (record, line) => {
      const id = idText(record[spec.idField], file, line, spec.idField);
      const raw = record[spec.predictionField];
      if (raw === void 0 || raw === null)
        throw new InputError({ file, line, field: spec.predictionField, message: "missing prediction" });
      if (predSets) predSets.push(labelSet(raw, labels, file, line, spec.predictionField));
      else {
        const { text, numeric } = labelText(raw, file, line, spec.predictionField);
        pred.push(labels.intern(text, numeric));
      }
      if (scoresField !== void 0) readScores(record[scoresField], line);
      ids.push(id);
      lines.push(line);
    },
    { ...options2, format: source.format, displayName: file }
  );
  return {
    n: ids.length,
    lineCount,
    ids,
    idHashes: hashIds(ids),
    lines: Int32Array.from(lines),
    labelNames: labels.names,
    labelsNumeric: labels.allNumeric,
    pred: predSets ? null : Int32Array.from(pred),
    predSets,
    scoreKeys,
    scoreKeysLine,
    scores: scoreKeys ? scores.slice(0, used) : null
  };
}
var ScoreRows = class {
  constructor(width, chunks, firstRow, rows) {
    this.width = width;
    this.chunks = chunks;
    this.firstRow = firstRow;
    this.chunkOfRow = new Uint16Array(rows);
    for (let c = 0; c < chunks.length; c++)
      this.chunkOfRow.fill(c, firstRow[c], c + 1 < chunks.length ? firstRow[c + 1] : rows);
  }
  width;
  chunks;
  firstRow;
  chunkOfRow;
  /** The chunk holding row r; its values start at offsetOf(r). */
  chunkOf(r) {
    return this.chunks[this.chunkOfRow[r]];
  }
  offsetOf(r) {
    return (r - this.firstRow[this.chunkOfRow[r]]) * this.width;
  }
};
function mergePredictionParts(parts, spec, file, lineOffsets) {
  const n = parts.reduce((s, p2) => s + p2.n, 0);
  const labels = new Vocab();
  const ids = new Array(n);
  const idHashes = new Uint32Array(n);
  const lines = new Int32Array(n);
  const pred = new Int32Array(spec.multilabel ? 0 : n);
  const predSets = spec.multilabel ? [] : null;
  const withKeys = parts.filter((p2) => p2.scoreKeys);
  const scoreKeys = withKeys.length ? withKeys[0].scoreKeys : null;
  const K = scoreKeys?.length ?? 0;
  const chunks = [];
  const firstRow = [];
  let i = 0;
  parts.forEach((part, p2) => {
    const labelMap = remap(part.labelNames, labels, part.labelsNumeric);
    if (!part.labelsNumeric) labels.allNumeric = false;
    idHashes.set(part.idHashes, i);
    if (scoreKeys && part.scoreKeys) {
      chunks.push(alignColumns(part, scoreKeys, spec, file, lineOffsets[p2]));
      firstRow.push(i);
    }
    for (let j = 0; j < part.n; j++, i++) {
      ids[i] = part.ids[j];
      lines[i] = part.lines[j] + lineOffsets[p2];
      if (predSets) predSets.push(part.predSets[j].map((c) => labelMap[c]));
      else pred[i] = labelMap[part.pred[j]];
    }
  });
  const scores = scoreKeys ? new ScoreRows(K, chunks, firstRow, n) : null;
  return { file, n, ids, idHashes, lines, labels, pred, predSets, scoreKeys, scores };
}
function alignColumns(part, keys, spec, file, lineOffset) {
  const own = part.scoreKeys;
  const values = part.scores;
  if (own.length === keys.length && own.every((k, j) => k === keys[j])) return values;
  const index = new Map(keys.map((k, j) => [k, j]));
  const column = own.map((key) => index.get(key));
  const stray = own.find((_k, j) => column[j] === void 0);
  if (stray !== void 0 || own.length !== keys.length) {
    throw new InputError({
      file,
      line: part.scoreKeysLine + lineOffset,
      field: stray !== void 0 ? `${spec.scoresField}.${stray}` : spec.scoresField,
      message: `the scores cover other labels than the first row's ${keys.length}`
    });
  }
  const K = keys.length;
  const row = new Float64Array(K);
  for (let r = 0; r < part.n; r++) {
    const off = r * K;
    for (let c = 0; c < K; c++) row[column[c]] = values[off + c];
    values.set(row, off);
  }
  return values;
}
function parseScoresCell(text, file, line, field) {
  try {
    return JSON.parse(text);
  } catch {
    throw new InputError({
      file,
      line,
      field,
      message: `expected a JSON object of label -> probability, got ${quote(text)}`
    });
  }
}

// src/evaluate/worker-protocol.ts
var WORKER_MARKER = "evalgate-decode-worker";

// src/evaluate/worker.ts
function isDecodeWorker() {
  return !isMainThread && workerData?.marker === WORKER_MARKER;
}
function transferables(part) {
  const out = [];
  const visit = (v) => {
    if (ArrayBuffer.isView(v) && v.buffer instanceof ArrayBuffer) out.push(v.buffer);
    else if (v && typeof v === "object" && !Array.isArray(v)) for (const x of Object.values(v)) visit(x);
    else if (Array.isArray(v) && v.length && typeof v[0] === "object") for (const x of v) visit(x);
  };
  visit(part);
  return [...new Set(out)];
}
function serveDecodeTasks() {
  const port = parentPort;
  port.on("message", async (task) => {
    const post = (reply, transfer = []) => port.postMessage(reply, transfer);
    try {
      const options2 = {
        range: task.range,
        onProgress: (bytes, total) => post({ id: task.id, type: "progress", bytes, total })
      };
      const part = task.kind === "golden" ? await decodeGoldenPart(task.source, task.spec, options2) : await decodePredictionPart(task.source, task.spec, options2);
      post({ id: task.id, type: "done", part }, transferables(part));
    } catch (error) {
      if (error instanceof InputError) {
        post({
          id: task.id,
          type: "input-error",
          error: { file: error.file, line: error.line, field: error.field, message: error.detail }
        });
      } else {
        post({ id: task.id, type: "crash", message: error instanceof Error ? error.message : String(error) });
      }
    }
  });
}

// src/cli/main.ts
import { parseArgs } from "node:util";

// src/version.ts
var TOOL_VERSION = "0.1.0";

// src/cli/commands/compare.ts
import { existsSync } from "node:fs";

// src/gates/select.ts
function selectSlices(selector, head, base, labelField) {
  const all = [...head.slices];
  for (const s of base?.slices ?? []) if (!all.some((h) => h.key === s.key)) all.push(s);
  const keys = (pick) => all.filter(pick).map((s) => s.key);
  if (typeof selector === "string") {
    switch (selector) {
      case "overall":
        return keys((s) => s.kind === "overall");
      case "all":
        return keys((s) => s.kind !== "label");
      case "fields":
        return keys((s) => s.kind === "field");
      case "crosses":
        return keys((s) => s.kind === "cross");
      case "labels":
        return keys((s) => s.kind === "label");
    }
  }
  if (Array.isArray(selector)) {
    const wanted = selector.map(normalizeKey);
    const found = keys((s) => wanted.includes(normalizeKey(s.key)));
    const missing = selector.filter((k) => !all.some((s) => normalizeKey(s.key) === normalizeKey(k)));
    return [...found, ...missing];
  }
  const { field, top } = selector;
  const isLabel = field === labelField;
  const ofField = all.filter(
    (s) => (isLabel ? s.kind === "label" : s.kind === "field") && Object.keys(s.fields)[0] === field
  );
  if (!top) return ofField.map((s) => s.key);
  const support = (s) => head.slices.find((h) => h.key === s.key)?.n ?? s.n;
  return [...ofField].sort((a, b) => support(b) - support(a) || (a.key < b.key ? -1 : 1)).slice(0, top).map((s) => s.key);
}
function normalizeKey(key) {
  return key.split(",").map((p2) => p2.trim()).sort().join(",");
}

// src/compare/stats/rng.ts
var { imul, floor } = Math;
function lowbias32(x) {
  x >>>= 0;
  x ^= x >>> 16;
  x = imul(x, 2146121005) >>> 0;
  x ^= x >>> 15;
  x = imul(x, 2221713035) >>> 0;
  x ^= x >>> 16;
  return x >>> 0;
}
var textEncoder = new TextEncoder();
function fnv1a32(s) {
  let h = 2166136261;
  for (const byte of textEncoder.encode(s)) h = imul(h ^ byte, 16777619) >>> 0;
  return h;
}
function hash32ResampleKey(seed, sliceName, b) {
  return lowbias32((fnv1a32(sliceName) ^ lowbias32(seed + b >>> 0)) >>> 0);
}
var TWO_POW_16 = 65536;
var TWO_POW_21 = 2097152;
var TWO_POW_32 = 4294967296;
function hash32ScaleExact(h, n) {
  const hi = h >>> 16;
  const lo = h & 65535;
  const loProduct = lo * n;
  const carry = floor(loProduct / TWO_POW_16);
  return floor((hi * n + carry) / TWO_POW_16);
}
function hash32Indices(seed, sliceName, b, n) {
  const key = hash32ResampleKey(seed, sliceName, b);
  const idx = new Uint32Array(n);
  if (n < TWO_POW_21) {
    for (let i = 0; i < n; i++) idx[i] = floor(lowbias32((key ^ i) >>> 0) * n / TWO_POW_32);
  } else {
    for (let i = 0; i < n; i++) idx[i] = hash32ScaleExact(lowbias32((key ^ i) >>> 0), n);
  }
  return idx;
}
var TWO_POW_26 = 67108864;
var TWO_POW_53 = 9007199254740992;
function createUniform(key0, key1) {
  const k0 = key0 >>> 0;
  const k1 = key1 >>> 0;
  let lo = 0;
  let hi = 0;
  let hiMix = lowbias32(k1);
  const word = () => {
    const w = lowbias32((lowbias32((lo ^ k0) >>> 0) ^ hiMix) >>> 0);
    lo = lo + 1 >>> 0;
    if (lo === 0) {
      hi = hi + 1 >>> 0;
      hiMix = lowbias32((hi ^ k1) >>> 0);
    }
    return w;
  };
  return () => {
    const a = word() >>> 5;
    const b = word() >>> 6;
    return (a * TWO_POW_26 + b) / TWO_POW_53;
  };
}
function resampleUniform(seed, sliceName, b) {
  const key0 = hash32ResampleKey((seed ^ 2654435769) >>> 0, sliceName, b);
  const key1 = hash32ResampleKey((seed ^ 2246822507) >>> 0, `${sliceName}\0uniform`, b);
  return createUniform(key0, key1);
}

// src/compare/stats/binomial.ts
var { abs, exp, floor: floor2, log, log1p, sqrt } = Math;
var INVERSION_MAX_MEAN = 10;
function binomialDraw(n, p2, uniform) {
  if (n === 0 || p2 === 0) return 0;
  if (p2 === 1) return n;
  const flip = p2 > 0.5;
  const pp = flip ? 1 - p2 : p2;
  const k = n * pp < INVERSION_MAX_MEAN ? binomialInversion(n, pp, uniform) : binomialBtrd(n, pp, uniform);
  return flip ? n - k : k;
}
function binomialInversion(n, p2, uniform) {
  const q = 1 - p2;
  const s = p2 / q;
  const a = (n + 1) * s;
  const pmf0 = exp(n * log1p(-p2));
  for (; ; ) {
    let u = uniform();
    let pmf = pmf0;
    let k = 0;
    while (u >= pmf) {
      u -= pmf;
      k++;
      if (k > n) break;
      pmf *= a / k - s;
    }
    if (k <= n) return k;
  }
}
var STIRLING_REMAINDER = [
  0.08106146679532726,
  0.0413406959554093,
  0.02767792568499834,
  0.020790672103765093,
  0.016644691189821193,
  0.013876128823070748,
  0.01189670994589177,
  0.010411265261972096,
  0.009255462182712733,
  0.00833056343336287
];
function stirlingRemainder(k) {
  if (k < STIRLING_REMAINDER.length) return STIRLING_REMAINDER[k];
  const x = k + 1;
  const x2 = x * x;
  return (1 / 12 - (1 / 360 - (1 / 1260 - 1 / (1680 * x2)) / x2) / x2) / x;
}
function binomialBtrd(n, p2, uniform) {
  const q = 1 - p2;
  const m = floor2((n + 1) * p2);
  const r = p2 / q;
  const nr = (n + 1) * r;
  const npq = n * p2 * q;
  const sqrtNpq = sqrt(npq);
  const b = 1.15 + 2.53 * sqrtNpq;
  const a = -0.0873 + 0.0248 * b + 0.01 * p2;
  const c = n * p2 + 0.5;
  const alpha = (2.83 + 5.1 / b) * sqrtNpq;
  const vr = 0.92 - 4.2 / b;
  const urvr = 0.86 * vr;
  for (; ; ) {
    let v = uniform();
    if (v <= urvr) {
      const u2 = v / vr - 0.43;
      return floor2((2 * a / (0.5 - abs(u2)) + b) * u2 + c);
    }
    let u;
    if (v >= vr) {
      u = uniform() - 0.5;
    } else {
      u = v / vr - 0.93;
      u = (u < 0 ? -0.5 : 0.5) - u;
      v = uniform() * vr;
    }
    const us = 0.5 - abs(u);
    const k = floor2((2 * a / us + b) * u + c);
    if (k < 0 || k > n) continue;
    v = v * alpha / (a / (us * us) + b);
    const km = abs(k - m);
    if (km <= 15) {
      let f = 1;
      if (m < k) {
        for (let i = m + 1; i <= k; i++) f *= nr / i - r;
      } else if (m > k) {
        for (let i = k + 1; i <= m; i++) v *= nr / i - r;
      }
      if (v <= f) return k;
      continue;
    }
    v = log(v);
    const rho = km / npq * (((km / 3 + 0.625) * km + 1 / 6) / npq + 0.5);
    const t = -km * km / (2 * npq);
    if (v < t - rho) return k;
    if (v > t + rho) continue;
    const nm = n - m + 1;
    const h = (m + 0.5) * log((m + 1) / (r * nm)) + stirlingRemainder(m) + stirlingRemainder(n - m);
    const nk = n - k + 1;
    const bound = h + (n + 1) * log(nm / nk) + (k + 0.5) * log(nk * r / (k + 1)) - stirlingRemainder(k) - stirlingRemainder(n - k);
    if (v <= bound) return k;
  }
}

// src/compare/stats/poisson-multinomial.ts
var { abs: abs2, exp: exp2, floor: floor3, log: log2, sqrt: sqrt2 } = Math;
var HALF_LOG_2PI = 0.9189385332046728;
function logFactorial(k) {
  return (k + 0.5) * log2(k + 1) - (k + 1) + HALF_LOG_2PI + stirlingRemainder(k);
}
function planPoissonMultinomial(m, n) {
  const U = m.length;
  let M = 0;
  for (let u = 0; u < U; u++) M += m[u];
  const lambda = Float64Array.from(m, (x) => n * x / M);
  const expNegLambda = new Float64Array(U).fill(NaN);
  const b = new Float64Array(U);
  const a = new Float64Array(U);
  const logInvAlpha = new Float64Array(U);
  const vr = new Float64Array(U);
  const logLambda = new Float64Array(U);
  const cdfValues = [];
  const cdfStart = new Int32Array(U);
  const cdfLength = new Int32Array(U);
  for (let u = 0; u < U; u++) {
    const l = lambda[u];
    if (l < 10) {
      expNegLambda[u] = exp2(-l);
      cdfStart[u] = cdfValues.length;
      let p2 = expNegLambda[u];
      let c = p2;
      let x = 0;
      cdfValues.push(c);
      while (c < 1 && p2 > 0 && x < 200) {
        x++;
        p2 *= l / x;
        c += p2;
        cdfValues.push(c);
      }
      cdfLength[u] = cdfValues.length - cdfStart[u];
      continue;
    }
    const s = sqrt2(l);
    b[u] = 0.931 + 2.53 * s;
    a[u] = -0.059 + 0.02483 * b[u];
    logInvAlpha[u] = log2(1.1239 + 1.1328 / (b[u] - 3.4));
    vr[u] = 0.9277 - 3.6224 / (b[u] - 2);
    logLambda[u] = log2(l);
  }
  const aliasProb = new Float64Array(U);
  const aliasIndex = new Uint32Array(U);
  const scaled = Float64Array.from(m, (x) => x * U / M);
  const small = [];
  const large = [];
  scaled.forEach((p2, i) => (p2 < 1 ? small : large).push(i));
  while (small.length && large.length) {
    const s = small.pop();
    const l = large.pop();
    aliasProb[s] = scaled[s];
    aliasIndex[s] = l;
    scaled[l] = scaled[l] + scaled[s] - 1;
    (scaled[l] < 1 ? small : large).push(l);
  }
  for (const i of [...small, ...large]) {
    aliasProb[i] = 1;
    aliasIndex[i] = i;
  }
  return {
    n,
    lambda,
    expNegLambda,
    cdf: Float64Array.from(cdfValues),
    cdfStart,
    cdfLength,
    b,
    a,
    logInvAlpha,
    vr,
    logLambda,
    aliasProb,
    aliasIndex,
    tree: new Float64Array(U + 1)
  };
}
function poissonDraw(plan, u, uniform) {
  const e = plan.expNegLambda[u];
  if (e === e) {
    const v = uniform();
    const cdf = plan.cdf;
    const start = plan.cdfStart[u];
    const last = plan.cdfLength[u] - 1;
    let x = 0;
    while (x < last && v > cdf[start + x]) x++;
    return x;
  }
  const lam = plan.lambda[u];
  const b = plan.b[u];
  const a = plan.a[u];
  for (; ; ) {
    const U = uniform() - 0.5;
    const V = uniform();
    const us = 0.5 - abs2(U);
    const k = floor3((2 * a / us + b) * U + lam + 0.43);
    if (us >= 0.07 && V <= plan.vr[u]) return k;
    if (k < 0 || us < 0.013 && V > us) continue;
    if (log2(V) + plan.logInvAlpha[u] - log2(a / (us * us) + b) <= -lam + k * plan.logLambda[u] - logFactorial(k))
      return k;
  }
}
function fillPoissonMultinomial(w, plan, uniform) {
  const U = w.length;
  let total = 0;
  const { expNegLambda, cdf, cdfStart, cdfLength } = plan;
  for (let u = 0; u < U; u++) {
    let x = 0;
    if (expNegLambda[u] === expNegLambda[u]) {
      const v = uniform();
      const start = cdfStart[u];
      const last = cdfLength[u] - 1;
      while (x < last && v > cdf[start + x]) x++;
    } else x = poissonDraw(plan, u, uniform);
    w[u] = x;
    total += x;
  }
  const n = plan.n;
  if (total < n) {
    for (let i = total; i < n; i++) {
      const r = uniform() * U;
      const j = floor3(r);
      const u = r - j < plan.aliasProb[j] ? j : plan.aliasIndex[j];
      w[u]++;
    }
  } else if (total > n) {
    const tree = plan.tree;
    tree[0] = 0;
    for (let i = 1; i <= U; i++) tree[i] = w[i - 1];
    for (let i = 1; i <= U; i++) {
      const j = i + (i & -i);
      if (j <= U) tree[j] += tree[i];
    }
    let high = 1;
    while (high * 2 <= U) high *= 2;
    for (let left = total; left > n; left--) {
      let target = floor3(uniform() * left);
      let pos = 0;
      for (let step = high; step > 0; step >>= 1) {
        const next = pos + step;
        if (next <= U && tree[next] <= target) {
          pos = next;
          target -= tree[next];
        }
      }
      w[pos]--;
      for (let i = pos + 1; i <= U; i += i & -i) tree[i]--;
    }
  }
}

// src/compare/stats/resample.ts
var POISSON_MIN_UNITS = 64;
var RESAMPLE_METHODS = ["multinomial", "hash32-rows"];
var DEFAULT_RESAMPLES = 1e3;
var DEFAULT_SEED = 12345;
function unitOrderLargestFirst(m) {
  const order = Uint32Array.from({ length: m.length }, (_, i) => i);
  return order.sort((i, j) => m[j] - m[i] || i - j);
}
function multinomialWeights(m, n, uniform, order = unitOrderLargestFirst(m)) {
  const w = new Float64Array(m.length);
  fillMultinomialWeights(w, m, n, uniform, order);
  return w;
}
function fillMultinomialWeights(w, m, n, uniform, order) {
  w.fill(0);
  let trialsLeft = n;
  let massLeft = 0;
  for (let i = 0; i < m.length; i++) massLeft += m[i];
  for (let i = 0; i < order.length && trialsLeft > 0; i++) {
    const u = order[i];
    const mass = m[u];
    if (mass <= 0) continue;
    const draw = mass >= massLeft ? trialsLeft : binomialDraw(trialsLeft, mass / massLeft, uniform);
    w[u] = draw;
    trialsLeft -= draw;
    massLeft -= mass;
  }
}
function fillHash32RowWeights(w, rowUnit, sliceName, seed, b) {
  w.fill(0);
  const idx = hash32Indices(seed, sliceName, b, rowUnit.length);
  for (let i = 0; i < idx.length; i++) w[rowUnit[idx[i]]] += 1;
}
function pairedBootstrap(options2) {
  const { units: m, evaluate, sliceName, method, rowUnit } = options2;
  const resamples = options2.resamples ?? DEFAULT_RESAMPLES;
  const seed = options2.seed ?? DEFAULT_SEED;
  if (!Number.isInteger(resamples) || resamples < 1) {
    throw new RangeError(`resamples must be a positive integer but got '${resamples}'`);
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > 4294967295) {
    throw new RangeError(`seed must be an integer in [0, 2^32) but got '${seed}'`);
  }
  const n = totalMultiplicity(m);
  const weights = new Float64Array(m.length);
  const drawWeights = weightDrawer(method, weights, m, n, rowUnit, sliceName, seed);
  const point = Float64Array.from(evaluate(Float64Array.from(m)));
  const samples = Array.from({ length: point.length }, () => new Float64Array(resamples));
  for (let b = 0; b < resamples; b++) {
    drawWeights(b);
    const deltas = evaluate(weights);
    if (deltas.length !== point.length) {
      throw new Error(
        `evaluate returned ${deltas.length} deltas on resample ${b} of '${sliceName}' but ${point.length} on the full slice`
      );
    }
    for (let d = 0; d < deltas.length; d++) samples[d][b] = deltas[d];
  }
  return { point, samples };
}
function weightDrawer(method, weights, m, n, rowUnit, sliceName, seed) {
  if (method === "multinomial") {
    if (m.length >= POISSON_MIN_UNITS) {
      const plan = planPoissonMultinomial(m, n);
      return (b) => fillPoissonMultinomial(weights, plan, resampleUniform(seed, sliceName, b));
    }
    const order = unitOrderLargestFirst(m);
    return (b) => fillMultinomialWeights(weights, m, n, resampleUniform(seed, sliceName, b), order);
  }
  if (method !== "hash32-rows") {
    throw new Error(`method must be one of ${RESAMPLE_METHODS.join(", ")} but got '${String(method)}'`);
  }
  const rows = checkRowUnits(rowUnit, m, n);
  return (b) => fillHash32RowWeights(weights, rows, sliceName, seed, b);
}
function totalMultiplicity(m) {
  let n = 0;
  for (let u = 0; u < m.length; u++) {
    const mu = m[u];
    if (!Number.isInteger(mu) || mu < 0) {
      throw new RangeError(`unit multiplicities must be non-negative integers but m[${u}] is '${mu}'`);
    }
    n += mu;
  }
  if (n < 1)
    throw new RangeError("a bootstrap needs at least one example but the unit multiplicities sum to 0");
  return n;
}
function checkRowUnits(rowUnit, m, n) {
  if (rowUnit === void 0) throw new Error(`method 'hash32-rows' needs rowUnit (the unit of each row)`);
  if (rowUnit.length !== n) {
    throw new Error(`rowUnit has ${rowUnit.length} rows but the unit multiplicities sum to ${n}`);
  }
  const counts2 = new Float64Array(m.length);
  for (let i = 0; i < rowUnit.length; i++) {
    const u = rowUnit[i];
    if (u >= m.length) throw new RangeError(`rowUnit[${i}] = ${u} is not a unit index below ${m.length}`);
    counts2[u] += 1;
  }
  for (let u = 0; u < m.length; u++) {
    if (counts2[u] !== m[u])
      throw new Error(`unit ${u} has ${counts2[u]} rows in rowUnit but multiplicity ${m[u]}`);
  }
  return rowUnit;
}

// src/compare/stats/normal.ts
var INV_SQRT_2PI = 0.3989422804014327;
var SERIES_LIMIT = 1;
var LENTZ_TINY = 1e-300;
var LENTZ_MAX_TERMS = 5e3;
function normalPdf(z) {
  const zh = Math.fround(z);
  const zl = z - zh;
  return Math.exp(-zh * zh / 2) * Math.exp(-zl * (z + zh) / 2) * INV_SQRT_2PI;
}
function millsRatio(z) {
  let f = z;
  let c = z;
  let d = 0;
  for (let k = 1; k <= LENTZ_MAX_TERMS; k++) {
    d = z + k * d;
    if (Math.abs(d) < LENTZ_TINY) d = LENTZ_TINY;
    c = z + k / c;
    if (Math.abs(c) < LENTZ_TINY) c = LENTZ_TINY;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-17) break;
  }
  return 1 / f;
}
function upperTail(z) {
  return normalPdf(z) * millsRatio(z);
}
function normalCdf(x) {
  if (Number.isNaN(x)) return NaN;
  if (x < -SERIES_LIMIT) return x < -40 ? 0 : upperTail(-x);
  if (x > SERIES_LIMIT) return x > 40 ? 1 : 1 - upperTail(x);
  const x2 = x * x;
  let term = x;
  let sum = x;
  for (let k = 1; Math.abs(term) > 1e-17 * Math.abs(sum); k++) {
    term *= x2 / (2 * k + 1);
    sum += term;
  }
  return 0.5 + normalPdf(x) * sum;
}

// src/compare/stats/summary.ts
function pairwiseSum(values, start = 0, count = values.length - start) {
  if (count < 8) {
    let sum = 0;
    for (let i = 0; i < count; i++) sum += values[start + i];
    return sum;
  }
  if (count <= 128) {
    const r = [0, 1, 2, 3, 4, 5, 6, 7].map((j) => values[start + j]);
    let i = 8;
    for (; i < count - count % 8; i += 8) {
      for (let j = 0; j < 8; j++) r[j] += values[start + i + j];
    }
    let sum = r[0] + r[1] + (r[2] + r[3]) + (r[4] + r[5] + (r[6] + r[7]));
    for (; i < count; i++) sum += values[start + i];
    return sum;
  }
  let half = Math.floor(count / 2);
  half -= half % 8;
  return pairwiseSum(values, start, half) + pairwiseSum(values, start + half, count - half);
}
function mean(values) {
  return pairwiseSum(values) / values.length;
}
function standardDeviation(values, ddof = 1) {
  const mu = mean(values);
  const squares = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const d = values[i] - mu;
    squares[i] = d * d;
  }
  return Math.sqrt(pairwiseSum(squares) / Math.max(values.length - ddof, 0));
}
function quantileSorted(sorted, q) {
  const n = sorted.length;
  if (n === 0) throw new RangeError("quantile of an empty sample");
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile q must lie in [0, 1] but got '${q}'`);
  if (Number.isNaN(sorted[n - 1])) return NaN;
  const h = (n - 1) * q;
  if (h >= n - 1) return sorted[n - 1];
  const lo = Math.floor(h);
  const t = h - lo;
  const a = sorted[lo];
  const b = sorted[lo + 1];
  const diff = b - a;
  return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}
function sortedCopy(values) {
  return Float64Array.from(values).sort();
}
function percentileInterval(values, level = 0.95) {
  if (!(level > 0 && level < 1))
    throw new RangeError(`confidence level must lie in (0, 1) but got '${level}'`);
  const tail = Math.round((1 - level) * 50 * 1e10) / 1e10;
  const sorted = sortedCopy(values);
  return [quantileSorted(sorted, tail / 100), quantileSorted(sorted, (100 - tail) / 100)];
}
function normalPValueBelowZero(point, se) {
  if (Number.isNaN(point) || Number.isNaN(se)) return NaN;
  if (se === 0) return point < 0 ? 0 : 1;
  return normalCdf(point / se);
}
function percentilePValueBelowZero(samples) {
  let atLeastZero = 0;
  for (let b = 0; b < samples.length; b++) if (samples[b] >= 0) atLeastZero++;
  return (1 + atLeastZero) / (samples.length + 1);
}
function summarizeDelta(samples, point, level = 0.95) {
  const [ciLow, ciHigh] = percentileInterval(samples, level);
  const bootSe = standardDeviation(samples, 1);
  return {
    point,
    ciLow,
    ciHigh,
    level,
    bootMean: mean(samples),
    bootSe,
    pValue: normalPValueBelowZero(point, bootSe),
    pValuePercentile: percentilePValueBelowZero(samples),
    regression: ciHigh < 0,
    improvement: ciLow > 0
  };
}
function ascendingOrder(pValues) {
  const idx = [];
  for (let i = 0; i < pValues.length; i++) if (!Number.isNaN(pValues[i])) idx.push(i);
  return idx.sort((i, j) => pValues[i] - pValues[j] || i - j);
}
function holm(pValues) {
  const out = new Float64Array(pValues.length).fill(NaN);
  const order = ascendingOrder(pValues);
  const m = order.length;
  let running = 0;
  order.forEach((idx, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * pValues[idx]));
    out[idx] = running;
  });
  return out;
}
function benjaminiHochberg(pValues) {
  const out = new Float64Array(pValues.length).fill(NaN);
  const order = ascendingOrder(pValues);
  const m = order.length;
  let running = 1;
  for (let rank = m - 1; rank >= 0; rank--) {
    const idx = order[rank];
    running = Math.min(running, m * pValues[idx] / (rank + 1));
    out[idx] = running;
  }
  return out;
}

// src/tasks/classification/registry.ts
var p = (name, title, description, reference, extra = {}) => ({
  name,
  title,
  direction: "higher",
  unit: "proportion",
  range: [0, 1],
  description,
  reference,
  ...extra
});
var sk = (fn) => `sklearn.metrics.${fn}`;
var CLASSIFICATION_METRICS = [
  p(
    "accuracy",
    "Accuracy",
    "Share of examples whose prediction equals the truth (multilabel: the whole label set). A missing prediction counts as wrong.",
    sk("accuracy_score")
  ),
  p(
    "balanced_accuracy",
    "Balanced accuracy",
    "Mean recall over the classes present in the truth.",
    sk("balanced_accuracy_score")
  ),
  p(
    "micro_precision",
    "Micro precision",
    "Precision from counts summed over classes.",
    sk('precision_score(average="micro", zero_division=0)')
  ),
  p(
    "micro_recall",
    "Micro recall",
    "Recall from counts summed over classes.",
    sk('recall_score(average="micro", zero_division=0)')
  ),
  p(
    "micro_f1",
    "Micro F1",
    "F1 from counts summed over classes (equals accuracy for single-label data without missing predictions).",
    sk('f1_score(average="micro", zero_division=0)')
  ),
  p(
    "macro_precision",
    "Macro precision",
    "Unweighted mean of per-class precision over classes present in truth or prediction.",
    sk('precision_score(average="macro", zero_division=0)')
  ),
  p(
    "macro_recall",
    "Macro recall",
    "Unweighted mean of per-class recall over classes present in truth or prediction.",
    sk('recall_score(average="macro", zero_division=0)')
  ),
  p(
    "macro_f1",
    "Macro F1",
    "Unweighted mean of per-class F1 over classes present in truth or prediction; on a label slice, that class's F1.",
    sk('f1_score(average="macro", zero_division=0)')
  ),
  p(
    "weighted_precision",
    "Weighted precision",
    "Per-class precision averaged with true support as weights.",
    sk('precision_score(average="weighted", zero_division=0)')
  ),
  p(
    "weighted_recall",
    "Weighted recall",
    "Per-class recall averaged with true support as weights.",
    sk('recall_score(average="weighted", zero_division=0)')
  ),
  p(
    "weighted_f1",
    "Weighted F1",
    "Per-class F1 averaged with true support as weights.",
    sk('f1_score(average="weighted", zero_division=0)')
  ),
  p(
    "samples_f1",
    "Samples F1",
    "Multilabel: F1 per example, averaged over examples.",
    sk('f1_score(average="samples", zero_division=0)')
  ),
  {
    name: "hamming_loss",
    title: "Hamming loss",
    direction: "lower",
    unit: "proportion",
    range: [0, 1],
    description: "Multilabel: share of (example, label) pairs predicted wrongly.",
    reference: sk("hamming_loss")
  },
  p(
    "per_class_f1",
    "Per-class P/R/F1",
    "Precision, recall, F1 and support for every class (zero_division=0).",
    sk("precision_recall_fscore_support(labels=all classes, zero_division=0)"),
    { table: true }
  ),
  p(
    "confusion_matrix",
    "Confusion matrix",
    "Counts by true class (rows) and predicted class (columns).",
    sk("confusion_matrix(labels=all classes)"),
    { table: true, unit: "count", range: [0, null] }
  ),
  p(
    "top_k_accuracy",
    "Top-k accuracy",
    "Share of examples whose true class is among the k highest scores (ties go to the later class in sorted order).",
    sk("top_k_accuracy_score"),
    { needsScores: true }
  ),
  p(
    "roc_auc",
    "ROC-AUC",
    "Binary: area under the ROC curve for the positive label. Multiclass: mean one-vs-rest AUC over the classes that have both positives and negatives.",
    sk('roc_auc_score(multi_class="ovr", average="macro")'),
    { needsScores: true }
  ),
  p(
    "average_precision",
    "Average precision",
    "Step-wise area under the precision-recall curve (not interpolated); multiclass: one-vs-rest macro mean.",
    sk("average_precision_score"),
    { needsScores: true }
  ),
  {
    name: "log_loss",
    title: "Log loss",
    direction: "lower",
    unit: "score",
    range: [0, null],
    needsScores: true,
    description: "Mean negative log probability of the true class; probabilities clipped to [eps, 1\u2212eps] with float64 eps, rows not renormalised.",
    reference: sk("log_loss (scikit-learn \u2265 1.5 conventions)")
  },
  {
    name: "brier",
    title: "Brier score",
    direction: "lower",
    unit: "score",
    range: [0, 2],
    needsScores: true,
    description: "Binary: mean (y \u2212 p)\xB2 of the positive class. Multiclass: mean over examples of \u03A3_k (p_k \u2212 1[y = k])\xB2, range [0, 2].",
    reference: sk('brier_score_loss (scikit-learn \u2265 1.7, scale_by_half="auto")')
  },
  {
    name: "ece",
    title: "ECE",
    direction: "lower",
    unit: "score",
    range: [0, 1],
    needsScores: true,
    description: "Expected calibration error: \u03A3_b |B_b|/N \xB7 |acc_b \u2212 conf_b| over equal-width bins (default 15) of the max score; bins are (lo, hi], so a value on an edge goes to the lower bin.",
    reference: "Guo et al. 2017 (gpleiss/temperature_scaling _ECELoss edge rule)"
  }
];
var DEFAULT_CLASSIFICATION_METRICS = [
  "accuracy",
  "macro_f1",
  "weighted_f1",
  "micro_f1",
  "per_class_f1"
];
var DEFAULT_SCORED_METRICS = ["ece", "brier"];
var MULTILABEL_ONLY = /* @__PURE__ */ new Set(["samples_f1", "hamming_loss"]);
var SINGLE_LABEL_ONLY = /* @__PURE__ */ new Set([
  "balanced_accuracy",
  "confusion_matrix",
  "top_k_accuracy",
  "roc_auc",
  "average_precision",
  "log_loss",
  "brier",
  "ece"
]);

// src/tasks/generation/text.ts
var PYTHON_WHITESPACE_CLASS = "\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
var PYTHON_WHITESPACE_RUN = new RegExp(`[${PYTHON_WHITESPACE_CLASS}]+`, "g");
var PYTHON_TRAILING_WHITESPACE = new RegExp(`[${PYTHON_WHITESPACE_CLASS}]+$`);
function pythonSplit(text) {
  return text.split(PYTHON_WHITESPACE_RUN).filter((piece) => piece.length > 0);
}
function pythonRstrip(text) {
  return text.replace(PYTHON_TRAILING_WHITESPACE, "");
}
function countItems(items) {
  const counts2 = /* @__PURE__ */ new Map();
  for (const item of items) counts2.set(item, (counts2.get(item) ?? 0) + 1);
  return counts2;
}
function overlapCount(a, b) {
  let overlap = 0;
  for (const [item, count] of a) {
    const other = b.get(item);
    if (other !== void 0) overlap += Math.min(count, other);
  }
  return overlap;
}
function harmonicF1(precision, recall) {
  return precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
}
function assertHasReferences(references, metric) {
  if (references.length === 0) throw new Error(`${metric}: at least one reference is required, got none`);
}

// src/tasks/generation/bleu.ts
var BLEU_MAX_ORDER = 4;
var TOKENIZER_13A_RULES = [
  // ASCII punctuation (and space) except ' , - . gets spaces around it.
  [/([{-~[-` -&(-+:-@/])/g, " $1 "],
  // Period and comma unless preceded by a digit.
  [/([^0-9])([.,])/g, "$1 $2 "],
  // Period and comma unless followed by a digit.
  [/([.,])([^0-9])/g, " $1 $2"],
  // Dash when preceded by a digit.
  [/([0-9])(-)/g, "$1 $2 "]
];
function tokenize13a(line) {
  let text = line.replaceAll("<skipped>", "").replaceAll("-\n", "").replaceAll("\n", " ");
  if (text.includes("&")) {
    text = text.replaceAll("&quot;", '"').replaceAll("&amp;", "&").replaceAll("&lt;", "<").replaceAll("&gt;", ">");
  }
  text = ` ${text} `;
  for (const [pattern, replacement] of TOKENIZER_13A_RULES) text = text.replace(pattern, replacement);
  return pythonSplit(text);
}
var EMPTY_BLEU_STATS = {
  hypLength: 0,
  refLength: 0,
  matches: new Array(BLEU_MAX_ORDER).fill(0),
  totals: new Array(BLEU_MAX_ORDER).fill(0)
};
function allNgrams(tokens) {
  const byOrder = [];
  for (let n = 1; n <= BLEU_MAX_ORDER; n++) byOrder.push(/* @__PURE__ */ new Map());
  for (let i = 0; i < tokens.length; i++) {
    let gram = tokens[i];
    for (let n = 1; n <= BLEU_MAX_ORDER && i + n <= tokens.length; n++) {
      if (n > 1) gram = `${gram} ${tokens[i + n - 1]}`;
      const counts2 = byOrder[n - 1];
      counts2.set(gram, (counts2.get(gram) ?? 0) + 1);
    }
  }
  return byOrder;
}
function closestReferenceLength(hypLength, refLengths) {
  let closestDiff = -1;
  let closestLength = -1;
  for (const refLength of refLengths) {
    const diff = Math.abs(hypLength - refLength);
    if (closestDiff === -1 || diff < closestDiff) {
      closestDiff = diff;
      closestLength = refLength;
    } else if (diff === closestDiff && refLength < closestLength) {
      closestLength = refLength;
    }
  }
  return closestLength;
}
function preprocess(text, options2) {
  const cased = options2.lowercase ? text.toLowerCase() : text;
  return tokenize13a(pythonRstrip(cased));
}
function bleuSegmentStats(hypothesis, references, options2 = {}) {
  assertHasReferences(references, "bleu");
  const maxRefCounts = allNgrams([]);
  const refLengths = [];
  for (const reference of references) {
    const tokens = preprocess(reference, options2);
    refLengths.push(tokens.length);
    allNgrams(tokens).forEach((counts2, order) => {
      const kept = maxRefCounts[order];
      for (const [gram, count] of counts2) kept.set(gram, Math.max(kept.get(gram) ?? 0, count));
    });
  }
  const hypTokens = preprocess(hypothesis, options2);
  const matches = [];
  const totals = [];
  allNgrams(hypTokens).forEach((counts2, order) => {
    let matched = 0;
    let total = 0;
    for (const [gram, count] of counts2) {
      total += count;
      matched += Math.min(count, maxRefCounts[order].get(gram) ?? 0);
    }
    matches.push(matched);
    totals.push(total);
  });
  return {
    hypLength: hypTokens.length,
    refLength: closestReferenceLength(hypTokens.length, refLengths),
    matches,
    totals
  };
}
function sacreLog(value) {
  return value === 0 ? -9999999999 : Math.log(value);
}
function bleuFromStats(stats, options2 = {}) {
  const { hypLength, refLength } = stats;
  const brevityPenalty = hypLength >= refLength ? 1 : hypLength > 0 ? Math.exp(1 - refLength / hypLength) : 0;
  const precisions = new Array(BLEU_MAX_ORDER).fill(0);
  const base = { precisions, brevityPenalty, hypLength, refLength };
  if (!stats.matches.some((m) => m > 0)) return { ...base, score: 0 };
  let smoothing = 1;
  let order = BLEU_MAX_ORDER;
  for (let n = 1; n <= BLEU_MAX_ORDER; n++) {
    const total = stats.totals[n - 1];
    if (total === 0) break;
    if (options2.effectiveOrder) order = n;
    const matched = stats.matches[n - 1];
    if (matched === 0) {
      smoothing *= 2;
      precisions[n - 1] = 100 / (smoothing * total);
    } else {
      precisions[n - 1] = 100 * matched / total;
    }
  }
  let logSum = 0;
  for (let n = 0; n < order; n++) logSum += sacreLog(precisions[n]);
  return { ...base, score: brevityPenalty * Math.exp(logSum / order) };
}

// src/tasks/generation/chrf.ts
var CHRF_CHAR_ORDER = 6;
var CHRF_BETA = 2;
var zeros = () => new Array(CHRF_CHAR_ORDER).fill(0);
var EMPTY_CHRF_STATS = { hypCounts: zeros(), refCounts: zeros(), matches: zeros() };
function charNgrams(text) {
  const joined = pythonSplit(text).join("");
  const bounds = [];
  for (let i = 0; i < joined.length; ) {
    bounds.push(i);
    i += joined.codePointAt(i) > 65535 ? 2 : 1;
  }
  bounds.push(joined.length);
  const chars = bounds.length - 1;
  const byOrder = [];
  for (let n = 1; n <= CHRF_CHAR_ORDER; n++) {
    const counts2 = /* @__PURE__ */ new Map();
    for (let i = 0; i + n <= chars; i++) {
      const gram = joined.substring(bounds[i], bounds[i + n]);
      counts2.set(gram, (counts2.get(gram) ?? 0) + 1);
    }
    byOrder.push(counts2);
  }
  return byOrder;
}
function sumCounts(counts2) {
  let total = 0;
  for (const count of counts2.values()) total += count;
  return total;
}
function matchStatistics(hyp, ref) {
  const hypCounts = [];
  const refCounts = [];
  const matches = [];
  for (let order = 0; order < CHRF_CHAR_ORDER; order++) {
    const hypCount = sumCounts(hyp[order]);
    const refCount = sumCounts(ref[order]);
    let matched = 0;
    for (const [gram, count] of hyp[order]) matched += Math.min(count, ref[order].get(gram) ?? 0);
    hypCounts.push(refCount > 0 ? hypCount : 0);
    refCounts.push(refCount);
    matches.push(matched);
  }
  return { hypCounts, refCounts, matches };
}
function chrfFromStats(stats) {
  let precisionSum = 0;
  let recallSum = 0;
  let effectiveOrder = 0;
  for (let order = 0; order < CHRF_CHAR_ORDER; order++) {
    const hypCount = stats.hypCounts[order];
    const refCount = stats.refCounts[order];
    if (hypCount > 0 && refCount > 0) {
      precisionSum += stats.matches[order] / hypCount;
      recallSum += stats.matches[order] / refCount;
      effectiveOrder++;
    }
  }
  if (effectiveOrder === 0) return 0;
  const precision = precisionSum / effectiveOrder;
  const recall = recallSum / effectiveOrder;
  if (precision + recall === 0) return 0;
  const factor = CHRF_BETA ** 2;
  return 100 * (1 + factor) * precision * recall / (factor * precision + recall);
}
function chrfSegmentStats(hypothesis, references) {
  assertHasReferences(references, "chrf");
  const hyp = charNgrams(hypothesis);
  let best = EMPTY_CHRF_STATS;
  let bestScore = -1;
  for (const reference of references) {
    const stats = matchStatistics(hyp, charNgrams(reference));
    const score3 = chrfFromStats(stats);
    if (score3 > bestScore) {
      bestScore = score3;
      best = stats;
    }
  }
  return best;
}

// src/tasks/generation/rouge.ts
function rougeTokenize(text) {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, " ").split(" ").filter((token) => token.length > 0);
}
function ngrams(tokens, n) {
  const grams = [];
  for (let i = 0; i + n <= tokens.length; i++) grams.push(tokens.slice(i, i + n).join(" "));
  return grams;
}
function score(overlap, predictionCount, targetCount) {
  const precision = overlap / Math.max(predictionCount, 1);
  const recall = overlap / Math.max(targetCount, 1);
  return { precision, recall, fmeasure: harmonicF1(precision, recall) };
}
function rougeNTokens(targetTokens, predictionTokens, n) {
  const target = ngrams(targetTokens, n);
  const prediction = ngrams(predictionTokens, n);
  return score(overlapCount(countItems(target), countItems(prediction)), prediction.length, target.length);
}
function lcsLength(a, b) {
  const row = new Array(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : Math.max(row[j], row[j - 1]);
      diagonal = above;
    }
  }
  return row[b.length];
}
function rougeLTokens(targetTokens, predictionTokens) {
  if (targetTokens.length === 0 || predictionTokens.length === 0)
    return { precision: 0, recall: 0, fmeasure: 0 };
  const lcs = lcsLength(targetTokens, predictionTokens);
  return score(lcs, predictionTokens.length, targetTokens.length);
}
function rougeScoresOne(target, prediction) {
  const targetTokens = rougeTokenize(target);
  const predictionTokens = rougeTokenize(prediction);
  return {
    rouge1: rougeNTokens(targetTokens, predictionTokens, 1),
    rouge2: rougeNTokens(targetTokens, predictionTokens, 2),
    rougeL: rougeLTokens(targetTokens, predictionTokens)
  };
}
function rougeScores(prediction, references) {
  assertHasReferences(references, "rouge");
  const perReference = references.map((reference) => rougeScoresOne(reference, prediction));
  const best = (type) => perReference.reduce((kept, scores) => scores[type].fmeasure > kept[type].fmeasure ? scores : kept)[type];
  return { rouge1: best("rouge1"), rouge2: best("rouge2"), rougeL: best("rougeL") };
}

// src/tasks/generation/squad.ts
var ASCII_PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;
var ARTICLES = /(?<![\p{L}\p{N}_])(?:a|an|the)(?![\p{L}\p{N}_])/gu;
function normalizeSquadAnswer(text) {
  const lowered = text.toLowerCase();
  const withoutPunctuation = lowered.replace(ASCII_PUNCTUATION, "");
  const withoutArticles = withoutPunctuation.replace(ARTICLES, " ");
  return pythonSplit(withoutArticles).join(" ");
}
function squadExactMatchOne(prediction, reference) {
  return normalizeSquadAnswer(prediction) === normalizeSquadAnswer(reference) ? 1 : 0;
}
function squadF1One(prediction, reference) {
  const predictionTokens = pythonSplit(normalizeSquadAnswer(prediction));
  const referenceTokens = pythonSplit(normalizeSquadAnswer(reference));
  const overlap = overlapCount(countItems(predictionTokens), countItems(referenceTokens));
  if (overlap === 0) return 0;
  return harmonicF1(overlap / predictionTokens.length, overlap / referenceTokens.length);
}
function squadExampleStats(prediction, references) {
  assertHasReferences(references, "squad");
  let exactMatch = 0;
  let f1 = 0;
  for (const reference of references) {
    exactMatch = Math.max(exactMatch, squadExactMatchOne(prediction, reference));
    f1 = Math.max(f1, squadF1One(prediction, reference));
  }
  return { exactMatch, f1, count: 1 };
}

// src/tasks/generation/registry.ts
var BLEU_SIGNATURE = "nrefs:var|case:mixed|eff:no|tok:13a|smooth:exp";
var CHRF_SIGNATURE = "nrefs:var|case:mixed|eff:yes|nc:6|nw:0|space:no";
var proportion = (name, title, description, reference) => ({
  name,
  title,
  direction: "higher",
  unit: "proportion",
  range: [0, 1],
  description,
  reference
});
var GENERATION_METRICS = [
  proportion(
    "squad_em",
    "Exact match",
    "Share of examples whose normalised prediction equals a normalised reference (SQuAD v1.1 normalisation, max over references).",
    "SQuAD v1.1 evaluate-v1.1.py exact_match / 100"
  ),
  proportion(
    "squad_f1",
    "Token F1",
    "Mean token-overlap F1 after SQuAD v1.1 normalisation, max over references.",
    "SQuAD v1.1 evaluate-v1.1.py f1 / 100"
  ),
  proportion(
    "rouge1",
    "ROUGE-1",
    "Mean unigram F1 (rouge-score default tokenizer, no stemming; best reference per example).",
    'rouge_score.RougeScorer(["rouge1"], use_stemmer=False).score_multi, mean fmeasure'
  ),
  proportion(
    "rouge2",
    "ROUGE-2",
    "Mean bigram F1 (rouge-score default tokenizer, no stemming; best reference per example).",
    'rouge_score.RougeScorer(["rouge2"], use_stemmer=False).score_multi, mean fmeasure'
  ),
  proportion(
    "rougeL",
    "ROUGE-L",
    "Mean longest-common-subsequence F1 (rouge-score default tokenizer, no stemming; best reference per example).",
    'rouge_score.RougeScorer(["rougeL"], use_stemmer=False).score_multi, mean fmeasure'
  ),
  proportion(
    "bleu",
    "BLEU",
    "Corpus BLEU from summed n-gram statistics: 13a tokens, mixed case, exp smoothing, brevity penalty.",
    `sacrebleu.corpus_bleu / 100, signature ${BLEU_SIGNATURE}`
  ),
  proportion(
    "chrf",
    "chrF",
    "Corpus chrF from summed character n-gram statistics: orders 1\u20136, beta 2, whitespace removed; best reference per segment.",
    `sacrebleu.corpus_chrf / 100, signature ${CHRF_SIGNATURE}`
  )
];

// src/tasks/scored/registry.ts
var score2 = (name, title, description, reference) => ({
  name,
  title,
  direction: "higher",
  unit: "score",
  range: [-Infinity, null],
  description,
  reference
});
var SCORED_METRICS = [
  score2(
    "mean_score",
    "Mean score",
    "Mean over examples of the per-example mean score across its runs (each example weighs the same whatever its number of runs).",
    "numpy.mean(per_example_mean_scores)"
  ),
  {
    name: "pass_rate",
    title: "Pass rate",
    direction: "higher",
    unit: "proportion",
    range: [0, 1],
    description: "Mean over examples of the share of its runs that pass (a verdict, or score \u2265 pass_threshold); an example without any prediction counts as failed (missing_predictions: count_as_wrong).",
    reference: "numpy.mean(per_example_pass_fractions)"
  },
  score2(
    "score_p10",
    "Score p10",
    "10th percentile of the per-example mean scores (linear interpolation).",
    'numpy.quantile(per_example_mean_scores, 0.1, method="linear")'
  ),
  score2(
    "score_p50",
    "Score median",
    "Median of the per-example mean scores (linear interpolation).",
    'numpy.quantile(per_example_mean_scores, 0.5, method="linear")'
  ),
  score2(
    "score_p90",
    "Score p90",
    "90th percentile of the per-example mean scores (linear interpolation).",
    'numpy.quantile(per_example_mean_scores, 0.9, method="linear")'
  )
];
var SCORE_QUANTILES = {
  score_p10: 0.1,
  score_p50: 0.5,
  score_p90: 0.9
};

// src/tasks/spans/scores.ts
var entityKey = (entity) => `${entity.start}\0${entity.end}`;
function keysByType(entities) {
  const byType = /* @__PURE__ */ new Map();
  for (const entity of entities) {
    let keys = byType.get(entity.type);
    if (!keys) byType.set(entity.type, keys = /* @__PURE__ */ new Set());
    keys.add(entityKey(entity));
  }
  return byType;
}
function spanCounts(gold, predicted) {
  const goldByType = keysByType(gold);
  const predictedByType = keysByType(predicted);
  const counts2 = /* @__PURE__ */ Object.create(null);
  for (const type of /* @__PURE__ */ new Set([...goldByType.keys(), ...predictedByType.keys()])) {
    const goldKeys = goldByType.get(type) ?? /* @__PURE__ */ new Set();
    const predictedKeys = predictedByType.get(type) ?? /* @__PURE__ */ new Set();
    let tp = 0;
    for (const key of predictedKeys) if (goldKeys.has(key)) tp++;
    counts2[type] = { tp, fp: predictedKeys.size - tp, fn: goldKeys.size - tp };
  }
  return counts2;
}
var divide = (numerator, denominator) => denominator === 0 ? 0 : numerator / denominator;
function prf(tp, predicted, support) {
  const precision = divide(tp, predicted);
  const recall = divide(tp, support);
  const f1 = precision + recall === 0 ? 0 : 2 * precision * recall / (precision + recall);
  return { precision, recall, f1, support };
}
function spanScores(counts2) {
  const types = Object.keys(counts2).filter((type) => counts2[type].tp + counts2[type].fp + counts2[type].fn > 0).sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
  const perType = types.map((type) => {
    const { tp: tp2, fp, fn } = counts2[type];
    return { type, ...prf(tp2, tp2 + fp, tp2 + fn) };
  });
  let tp = 0;
  let predicted = 0;
  let support = 0;
  for (const type of types) {
    tp += counts2[type].tp;
    predicted += counts2[type].tp + counts2[type].fp;
    support += counts2[type].tp + counts2[type].fn;
  }
  const average = (weight) => {
    const totalWeight = perType.reduce((sum, score3) => sum + weight(score3), 0);
    const mean2 = (pick) => divide(
      perType.reduce((sum, score3) => sum + weight(score3) * pick(score3), 0),
      totalWeight
    );
    return {
      precision: mean2((s) => s.precision),
      recall: mean2((s) => s.recall),
      f1: mean2((s) => s.f1),
      support
    };
  };
  return {
    perType,
    micro: prf(tp, predicted, support),
    macro: average(() => 1),
    weighted: average((score3) => score3.support)
  };
}

// src/tasks/spans/registry.ts
var proportion2 = (name, title, description, reference) => ({
  name,
  title,
  direction: "higher",
  unit: "proportion",
  range: [0, 1],
  description,
  reference
});
var seqeval = (fn, average) => `seqeval.metrics.${fn}(average="${average}", zero_division=0) (mode/scheme as configured)`;
var SPAN_METRICS = [
  proportion2(
    "span_micro_f1",
    "Span micro F1",
    "F1 of exact (type, start, end) matches, counts pooled over types.",
    seqeval("f1_score", "micro")
  ),
  proportion2(
    "span_micro_precision",
    "Span micro precision",
    "Share of predicted entities that match a gold entity exactly.",
    seqeval("precision_score", "micro")
  ),
  proportion2(
    "span_micro_recall",
    "Span micro recall",
    "Share of gold entities that a predicted entity matches exactly.",
    seqeval("recall_score", "micro")
  ),
  proportion2(
    "span_macro_f1",
    "Span macro F1",
    "Unweighted mean of per-type F1 over the types in gold or predictions (0 when there are none).",
    seqeval("f1_score", "macro")
  ),
  proportion2(
    "span_weighted_f1",
    "Span weighted F1",
    "Mean of per-type F1 weighted by gold support.",
    seqeval("f1_score", "weighted")
  )
];
function spanMetricValues(counts2) {
  const scores = spanScores(counts2);
  return {
    span_micro_f1: scores.micro.f1,
    span_micro_precision: scores.micro.precision,
    span_micro_recall: scores.micro.recall,
    span_macro_f1: scores.macro.f1,
    span_weighted_f1: scores.weighted.f1
  };
}

// src/tasks/registry.ts
var METRICS_BY_TASK = {
  classification: CLASSIFICATION_METRICS,
  generation: GENERATION_METRICS,
  spans: SPAN_METRICS,
  scored: SCORED_METRICS
};
var byName = /* @__PURE__ */ new Map();
for (const defs of Object.values(METRICS_BY_TASK)) for (const def of defs) byName.set(def.name, def);
function metricDef(name) {
  return byName.get(name);
}
function metricNames(task) {
  return METRICS_BY_TASK[task].map((d) => d.name);
}

// src/report/format.ts
var MINUS = "\u2212";
function signed(text, value) {
  if (value > 0) return `+${text}`;
  if (value < 0) return `${MINUS}${text.replace(/^-/, "")}`;
  return text.replace(/^-/, "");
}
function defOf(metric) {
  return typeof metric === "string" ? metricDef(metric) : metric;
}
function formatValue(metric, value) {
  if (value === null || value === void 0 || Number.isNaN(value)) return "\u2013";
  const def = defOf(metric);
  switch (def?.unit) {
    case "proportion":
      return (value * 100).toFixed(2);
    case "ms":
      return `${value.toFixed(1)} ms`;
    case "usd":
      return `$${value.toFixed(4)}`;
    case "count":
      return Math.round(value).toLocaleString("en-US");
    default:
      return value.toFixed(4);
  }
}
function formatDelta(metric, delta) {
  if (delta === null || delta === void 0 || Number.isNaN(delta)) return "\u2013";
  const def = defOf(metric);
  switch (def?.unit) {
    case "proportion":
      return `${signed((delta * 100).toFixed(2), delta)} pts`;
    case "ms":
      return `${signed(delta.toFixed(1), delta)} ms`;
    case "usd":
      return signed(`$${Math.abs(delta).toFixed(4)}`, delta);
    case "count":
      return signed(Math.round(delta).toLocaleString("en-US"), delta);
    default:
      return signed(delta.toFixed(4), delta);
  }
}
function formatCount(n) {
  return n.toLocaleString("en-US");
}

// src/gates/decide.ts
var EPS = 1e-12;
function pct(confidence) {
  return `${+(confidence * 100).toFixed(2)}%`;
}
function decideGates(tests, options2) {
  const { settings } = options2;
  const alpha = (1 - settings.confidence) / 2;
  const family = tests.map((t, i) => ({ t, i })).filter(({ t }) => t.interval && t.gate.tolerance && t.gate.requireSignificance);
  const raw = family.map(({ t }) => t.interval.pWorse);
  const adjusted = settings.correction === "holm" ? holm(raw) : settings.correction === "bh" ? benjaminiHochberg(raw) : Float64Array.from(raw);
  const adjustedOf = new Map(family.map(({ i }, j) => [i, adjusted[j]]));
  const correctionName = { holm: "Holm", bh: "Benjamini\u2013Hochberg", none: "uncorrected" }[settings.correction];
  return tests.map((t, i) => {
    const def = metricDef(t.gate.metric);
    const where = `${t.gate.metric} on ${t.key}`;
    const base = t.values?.base ?? null;
    const head = t.values?.head ?? null;
    const delta = t.values?.delta ?? null;
    const worsening = delta === null ? null : def.direction === "higher" ? -delta : delta;
    const tolerance = t.gate.tolerance === null ? null : t.gate.tolerance.kind === "absolute" ? t.gate.tolerance.value : base === null ? null : t.gate.tolerance.fraction * Math.abs(base);
    const pAdj = adjustedOf.get(i) ?? null;
    const result = (verdict, reason, extra = {}) => ({
      gate: t.gate.index,
      metric: t.gate.metric,
      rule: t.gate.text,
      severity: t.gate.severity,
      slice: t.key,
      verdict,
      reason,
      base,
      head,
      delta,
      worsening,
      tolerance,
      ci: t.interval ? [t.interval.low, t.interval.high] : null,
      p_value: t.interval ? t.interval.pWorse : null,
      p_adjusted: pAdj,
      significant: null,
      beyond_tolerance: null,
      base_n: t.sides.base?.n ?? null,
      head_n: t.sides.head?.n ?? null,
      ...extra
    });
    const bad = t.gate.severity === "warn" ? "warn" : "fail";
    if (!t.sides.head)
      return result(
        "missing_slice",
        `${t.key} is not in the head result${t.sides.base ? ` (the baseline had n = ${t.sides.base.n})` : ""} \u2192 not gated`
      );
    const bounds = checkBounds(t, def, where, head, bad);
    if (!t.sides.base) {
      if (bounds) return result(bounds.verdict, `${bounds.reason} (new slice, no baseline)`);
      return result(
        "new_slice",
        `${t.key} is new: no baseline to compare with${head !== null ? `; head ${formatValue(def, head)}` : ""}`
      );
    }
    if (!t.comparable)
      return result(
        "not_comparable",
        `${where}: the results are not comparable (see the suite notes) \u2192 not gated`
      );
    const small = [
      t.sides.head.n < options2.minSupport ? `head n = ${t.sides.head.n}` : "",
      t.sides.base.n < options2.baseMinSupport ? `baseline n = ${t.sides.base.n}` : ""
    ].filter(Boolean);
    if (small.length)
      return result(
        "insufficient_data",
        `${where}: ${small.join(", ")} is below min_support ${options2.minSupport} \u2192 not gated`
      );
    if (head === null || t.gate.tolerance && base === null)
      return result("insufficient_data", `${where} is undefined on this slice \u2192 not gated`);
    if (bounds) return result(bounds.verdict, bounds.reason);
    if (tolerance === null || worsening === null || delta === null) {
      return result(
        "pass",
        `${where} is ${formatValue(def, head)}: ${t.gate.text.replace(/^\S+ /, "")} \u2192 pass`
      );
    }
    const moved = describeMove(def, delta);
    const ci = t.interval ? ` (${pct(settings.confidence)} CI ${formatDelta(def, t.interval.low)} \u2026 ${formatDelta(def, t.interval.high)})` : "";
    const tol = describeTolerance(t.gate, def, tolerance);
    const beyond = worsening > tolerance + EPS;
    if (!beyond) {
      const within = worsening > EPS ? `, within the ${tol} tolerance` : "";
      return result("pass", `${where} ${moved}${ci}${within} \u2192 pass`, { beyond_tolerance: false });
    }
    if (!t.gate.requireSignificance) {
      return result(bad, `${where} ${moved}${ci}, tolerance ${tol} \u2192 ${bad}`, { beyond_tolerance: true });
    }
    if (!t.interval) {
      return result(
        bad,
        `${where} ${moved}, tolerance ${tol} (no interval available: decided on the point estimate) \u2192 ${bad}`,
        { beyond_tolerance: true }
      );
    }
    if (t.gate.strict) {
      const whole = def.direction === "higher" ? t.interval.high < -tolerance : t.interval.low > tolerance;
      if (whole)
        return result(
          bad,
          `${where} ${moved}${ci}, the whole interval is beyond the ${tol} tolerance \u2192 ${bad}`,
          { beyond_tolerance: true, significant: true }
        );
      return result(
        "pass",
        `${where} ${moved}${ci}, beyond the ${tol} tolerance but the interval is not wholly beyond it (confidence: strict) \u2192 pass`,
        {
          beyond_tolerance: true,
          significant: false
        }
      );
    }
    const significant = pAdj !== null && pAdj < alpha;
    const pText = `${correctionName} p = ${formatP(pAdj)}`;
    if (significant)
      return result(bad, `${where} ${moved}${ci}, tolerance ${tol}, significant (${pText}) \u2192 ${bad}`, {
        beyond_tolerance: true,
        significant: true
      });
    return result(
      "pass",
      `${where} ${moved}${ci}, beyond the ${tol} tolerance but not significant (${pText}) \u2192 pass`,
      {
        beyond_tolerance: true,
        significant: false
      }
    );
  });
}
function checkBounds(t, def, where, head, bad) {
  if (head === null) return null;
  if (t.gate.min !== void 0 && head < t.gate.min) {
    return {
      verdict: bad,
      reason: `${where} is ${formatValue(def, head)}, below the floor ${formatValue(def, t.gate.min)} \u2192 ${bad}`
    };
  }
  if (t.gate.max !== void 0 && head > t.gate.max) {
    return {
      verdict: bad,
      reason: `${where} is ${formatValue(def, head)}, above the ceiling ${formatValue(def, t.gate.max)} \u2192 ${bad}`
    };
  }
  return null;
}
function describeMove(def, delta) {
  if (Math.abs(delta) <= EPS) return "did not change";
  const amount = formatDelta(def, Math.abs(delta)).replace(/^\+/, "");
  return `${delta < 0 ? "fell" : "rose"} ${amount}`;
}
function describeTolerance(gate, def, tolerance) {
  const absolute = formatDelta(def, tolerance).replace(/^\+/, "");
  return gate.tolerance?.kind === "relative" ? `${+(gate.tolerance.fraction * 100).toFixed(4)}% (${absolute})` : absolute;
}
function formatP(p2) {
  if (p2 === null || Number.isNaN(p2)) return "\u2013";
  if (p2 < 1e-4) return p2.toExponential(1);
  return p2.toFixed(4).replace(/0+$/, "").replace(/\.$/, "");
}

// src/evaluate/load.ts
import { availableParallelism } from "node:os";
import { stat as stat2 } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var PARALLEL_MIN_BYTES = 24 * 1024 * 1024;
var PART_BYTES = 64 * 1024 * 1024;
async function loadSuiteData(golden, predictions, spec, progress) {
  const [gSize, pSize] = await Promise.all([sizeOf(golden), sizeOf(predictions)]);
  const threads = threadCount();
  const script = workerScript();
  if (threads <= 1 || !script || gSize + pSize < PARALLEL_MIN_BYTES) {
    const [gs, ps] = await Promise.allSettled([
      decodeGoldenPart(golden, spec, { onProgress: progress("golden") }),
      decodePredictionPart(predictions, spec, { onProgress: progress("predictions") })
    ]);
    if (gs.status === "rejected") throw gs.reason;
    if (ps.status === "rejected") throw ps.reason;
    const [g, p2] = [gs.value, ps.value];
    return {
      golden: mergeGoldenParts([g], spec, golden.display, [0]),
      predictions: mergePredictionParts([p2], spec, predictions.display, [0])
    };
  }
  const gRanges = await rangesOf(golden, gSize);
  const pRanges = await rangesOf(predictions, pSize);
  const tasks = [
    ...pRanges.map((range) => ({ kind: "predictions", source: predictions, spec, range })),
    ...gRanges.map((range) => ({ kind: "golden", source: golden, spec, range }))
  ];
  const reporter = { golden: progress("golden"), predictions: progress("predictions") };
  const results = await runPool(script, Math.min(threads, tasks.length), tasks, (task, done) => {
    reporter[task.kind](done.bytes, done.total);
  });
  const goldenResults = results.filter((r) => r.task.kind === "golden");
  const predResults = results.filter((r) => r.task.kind === "predictions");
  const gParts = partsOrThrow(goldenResults);
  const pParts = partsOrThrow(predResults);
  return {
    golden: mergeGoldenParts(gParts.parts, spec, golden.display, gParts.offsets),
    predictions: mergePredictionParts(pParts.parts, spec, predictions.display, pParts.offsets)
  };
}
async function sizeOf(source) {
  try {
    return (await stat2(source.path)).size;
  } catch {
    return 0;
  }
}
function threadCount() {
  const env = process.env.EVALGATE_THREADS;
  if (env !== void 0 && env !== "") {
    const n = Number(env);
    if (Number.isInteger(n) && n >= 0) return n;
  }
  return Math.min(4, availableParallelism());
}
function workerScript() {
  const url = import.meta.url;
  if (!url.startsWith("file:") || !url.endsWith(".js")) return void 0;
  return fileURLToPath(url);
}
async function rangesOf(source, size) {
  if (source.format !== "jsonl" || isGzip(source.path)) return [void 0];
  return splitLines(source.path, Math.max(1, Math.round(size / PART_BYTES)));
}
function partsOrThrow(results) {
  const ordered = [...results].sort((a, b) => (a.task.range?.start ?? 0) - (b.task.range?.start ?? 0));
  const parts = [];
  const offsets = [];
  let offset = 0;
  for (const r of ordered) {
    if (r.error) {
      throw new InputError({
        ...r.error,
        line: r.error.line === void 0 ? void 0 : r.error.line + offset
      });
    }
    parts.push(r.part);
    offsets.push(offset);
    offset += r.part.lineCount;
  }
  return { parts, offsets };
}
function runPool(script, size, tasks, onProgress) {
  return new Promise((resolvePool, rejectPool) => {
    const results = new Array(tasks.length);
    const workers = [];
    let next = 0;
    let finished = 0;
    let failed = false;
    const stopAll = () => {
      for (const w of workers) void w.terminate();
    };
    const give = (worker) => {
      if (next >= tasks.length) return;
      const id = next++;
      worker.postMessage({ id, ...tasks[id] });
    };
    for (let i = 0; i < size; i++) {
      const worker = new Worker(script, {
        workerData: { marker: WORKER_MARKER },
        resourceLimits: { maxOldGenerationSizeMb: 384 }
      });
      workers.push(worker);
      worker.on("message", (reply) => {
        if (failed) return;
        if (reply.type === "progress") {
          onProgress(tasks[reply.id], reply);
          return;
        }
        if (reply.type === "crash") {
          failed = true;
          stopAll();
          rejectPool(new Error(`a decode worker failed: ${reply.message}`));
          return;
        }
        results[reply.id] = reply.type === "done" ? { task: tasks[reply.id], part: reply.part } : { task: tasks[reply.id], error: reply.error };
        finished++;
        if (finished === tasks.length) {
          stopAll();
          resolvePool(results);
        } else give(worker);
      });
      worker.on("error", (error) => {
        if (failed) return;
        failed = true;
        stopAll();
        rejectPool(error);
      });
      give(worker);
    }
  });
}

// src/evaluate/progress.ts
var Progress = class {
  constructor(suite, log3, quietMs = 3e3) {
    this.suite = suite;
    this.log = log3;
    this.quietMs = quietMs;
  }
  suite;
  log;
  quietMs;
  started = Date.now();
  lastLine = 0;
  bytes = /* @__PURE__ */ new Map();
  reporter(part) {
    return (read, total) => {
      this.bytes.set(part, [read, total]);
      const now = Date.now();
      if (now - this.started < this.quietMs || now - this.lastLine < 2e3) return;
      this.lastLine = now;
      let read2 = 0;
      let total2 = 0;
      for (const [r, t] of this.bytes.values()) {
        read2 += r;
        total2 += t;
      }
      const pct2 = total2 ? (100 * read2 / total2).toFixed(0) : "?";
      const mbps = read2 / 1e6 / ((now - this.started) / 1e3);
      this.log(`[${this.suite}] reading: ${pct2}% (${mbps.toFixed(0)} MB/s)`);
    };
  }
  done(rows) {
    const seconds = (Date.now() - this.started) / 1e3;
    if (seconds * 1e3 >= this.quietMs) {
      this.log(
        `[${this.suite}] read ${rows.toLocaleString("en-US")} rows in ${seconds.toFixed(1)} s (${Math.round(rows / seconds).toLocaleString("en-US")} rows/s)`
      );
    }
  }
};

// src/slices.ts
function sliceKey(fields) {
  const parts = Object.entries(fields).map(([f, v]) => `${f}=${v}`);
  return parts.length ? parts.join(",") : "overall";
}
var compareText = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function planSlices(n, entries, columns) {
  const byField = new Map(columns.map((c) => [c.field, c]));
  const slices = [{ key: "overall", kind: "overall", fields: {} }];
  const membership = [];
  for (const entry of entries) {
    const fields = typeof entry === "string" ? [entry] : [...entry];
    const cols = fields.map((f) => {
      const col = byField.get(f);
      if (!col) throw new Error(`slice field ${f} was not loaded`);
      return col;
    });
    const radix = cols.map((c) => c.values.length);
    const space = radix.reduce((a, b) => a * b, 1);
    if (space > 1 << 26)
      throw new Error(`slice cross ${fields.join(" \xD7 ")} has too many combinations (${space})`);
    const combined = new Int32Array(n);
    const firstRow = new Int32Array(space).fill(-1);
    for (let i = 0; i < n; i++) {
      let code = 0;
      for (let f = 0; f < cols.length; f++) code = code * radix[f] + cols[f].codes[i];
      combined[i] = code;
      if (firstRow[code] < 0) firstRow[code] = i;
    }
    const combos = [];
    for (let code = 0; code < space; code++) {
      const i = firstRow[code];
      if (i >= 0) combos.push([code, cols.map((c) => c.values[c.codes[i]])]);
    }
    combos.sort((a, b) => {
      for (let f = 0; f < fields.length; f++) {
        const d = compareText(a[1][f], b[1][f]);
        if (d) return d;
      }
      return 0;
    });
    const sliceOf = new Int32Array(space);
    for (const [code, values] of combos) {
      const sliceFields = {};
      fields.forEach((f, j) => sliceFields[f] = values[j]);
      sliceOf[code] = slices.length;
      slices.push({
        key: sliceKey(sliceFields),
        kind: fields.length > 1 ? "cross" : "field",
        fields: sliceFields
      });
    }
    const column = new Int32Array(n);
    for (let i = 0; i < n; i++) column[i] = sliceOf[combined[i]];
    membership.push(column);
  }
  return { slices, membership };
}

// src/result/columns.ts
var CTORS = {
  u8: Uint8Array,
  u16: Uint16Array,
  u32: Uint32Array,
  i16: Int16Array,
  i32: Int32Array,
  f32: Float32Array,
  f64: Float64Array
};
var bigEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 0;
function encodeColumn(values, dtype) {
  if (!(values instanceof CTORS[dtype])) throw new Error(`column values are not ${dtype}`);
  if (bigEndian) throw new Error("big-endian hosts are not supported");
  return { dtype, data: Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString("base64") };
}
function decodeColumn(column) {
  const bytes = Buffer.from(column.data, "base64");
  const Ctor = CTORS[column.dtype];
  const size = Ctor.BYTES_PER_ELEMENT;
  if (bytes.byteLength % size !== 0)
    throw new Error(`column data is not a whole number of ${column.dtype} values`);
  const aligned = new Uint8Array(bytes.byteLength);
  aligned.set(bytes);
  return new Ctor(aligned.buffer, 0, bytes.byteLength / size);
}
function codeDtype(count) {
  return count <= 256 ? "u8" : count <= 65536 ? "u16" : "u32";
}
function encodeCodes(codes, count) {
  const dtype = codeDtype(count);
  const Ctor = CTORS[dtype];
  return encodeColumn(Ctor.from(codes), dtype);
}

// src/tasks/classification/metrics.ts
function classCounts(stats, c) {
  const { k, confusion } = stats;
  const w = k + 1;
  let row = 0;
  let col = 0;
  for (let j = 0; j <= k; j++) row += confusion[c * w + j];
  for (let i = 0; i < k; i++) col += confusion[i * w + c];
  const tp = confusion[c * w + c];
  return { tp, fp: col - tp, fn: row - tp, support: row };
}
var ratio = (num, den) => den > 0 ? num / den : 0;
var f1FromCounts = (tp, fp, fn) => ratio(2 * tp, 2 * tp + fp + fn);
function perClassMetrics(stats) {
  const out = [];
  for (let c = 0; c < stats.k; c++) {
    const { tp, fp, fn, support } = classCounts(stats, c);
    out.push({
      precision: ratio(tp, tp + fp),
      recall: ratio(tp, tp + fn),
      f1: f1FromCounts(tp, fp, fn),
      support
    });
  }
  return out;
}
function singleLabelMetrics(stats, names, options2 = {}) {
  const out = {};
  const { k, n, confusion } = stats;
  const w = k + 1;
  const counts2 = Array.from({ length: k }, (_, c) => classCounts(stats, c));
  if (options2.focusClass !== void 0) {
    const c = counts2[options2.focusClass];
    const precision = ratio(c.tp, c.tp + c.fp);
    const recall = ratio(c.tp, c.tp + c.fn);
    const f1 = f1FromCounts(c.tp, c.fp, c.fn);
    for (const name of names) {
      if (name.endsWith("_precision")) out[name] = precision;
      else if (name.endsWith("_recall") || name === "accuracy" || name === "balanced_accuracy")
        out[name] = recall;
      else if (name.endsWith("_f1")) out[name] = f1;
      else out[name] = null;
    }
    return out;
  }
  let trace = 0;
  for (let c = 0; c < k; c++) trace += confusion[c * w + c];
  const present = counts2.map((c) => c.support > 0 || c.tp + c.fp > 0);
  const presentCount = present.filter(Boolean).length;
  const totalSupport = counts2.reduce((s, c) => s + c.support, 0);
  const average = (value, weighted) => {
    let sum = 0;
    let weight = 0;
    for (let c = 0; c < k; c++) {
      if (!present[c]) continue;
      const wgt = weighted && totalSupport > 0 ? counts2[c].support : 1;
      sum += wgt * value(counts2[c]);
      weight += wgt;
    }
    return weight > 0 ? sum / weight : 0;
  };
  const precisionOf = (c) => ratio(c.tp, c.tp + c.fp);
  const recallOf = (c) => ratio(c.tp, c.tp + c.fn);
  const f1Of = (c) => f1FromCounts(c.tp, c.fp, c.fn);
  const sumTp = trace;
  const sumFp = counts2.reduce((s, c) => s + c.fp, 0);
  const sumFn = counts2.reduce((s, c) => s + c.fn, 0);
  for (const name of names) {
    switch (name) {
      case "accuracy":
        out[name] = n > 0 ? trace / n : null;
        break;
      case "balanced_accuracy": {
        let sum = 0;
        let m = 0;
        for (const c of counts2) {
          if (c.support > 0) {
            sum += recallOf(c);
            m++;
          }
        }
        out[name] = m > 0 ? sum / m : null;
        break;
      }
      case "micro_precision":
        out[name] = n > 0 ? ratio(sumTp, sumTp + sumFp) : null;
        break;
      case "micro_recall":
        out[name] = n > 0 ? ratio(sumTp, sumTp + sumFn) : null;
        break;
      case "micro_f1":
        out[name] = n > 0 ? f1FromCounts(sumTp, sumFp, sumFn) : null;
        break;
      case "macro_precision":
        out[name] = presentCount ? average(precisionOf, false) : null;
        break;
      case "macro_recall":
        out[name] = presentCount ? average(recallOf, false) : null;
        break;
      case "macro_f1":
        out[name] = presentCount ? average(f1Of, false) : null;
        break;
      case "weighted_precision":
        out[name] = presentCount ? average(precisionOf, true) : null;
        break;
      case "weighted_recall":
        out[name] = presentCount ? average(recallOf, true) : null;
        break;
      case "weighted_f1":
        out[name] = presentCount ? average(f1Of, true) : null;
        break;
      default:
        out[name] = scoredMetric(stats, name, options2);
    }
  }
  return out;
}
function scoredMetric(stats, name, options2) {
  const s = stats.scored;
  if (!s || s.n === 0) return null;
  switch (name) {
    case "top_k_accuracy":
      return s.topKHits / stats.n;
    case "log_loss":
      return s.logLossSum / s.n;
    case "brier":
      return s.brierSum / s.n;
    case "ece": {
      let sum = 0;
      for (let b = 0; b < s.binCount.length; b++) sum += Math.abs(s.binCorrect[b] - s.binConfidence[b]);
      return sum / s.n;
    }
    case "roc_auc":
    case "average_precision": {
      if (!s.ranking) return null;
      const score3 = name === "roc_auc" ? rocAuc : averagePrecision;
      if (stats.k === 2) return score3(s.ranking[options2.positiveClass ?? 1]);
      let sum = 0;
      let m = 0;
      for (const h of s.ranking) {
        const v = score3(h);
        if (v !== null) {
          sum += v;
          m++;
        }
      }
      return m > 0 ? sum / m : null;
    }
    default:
      return null;
  }
}
function rocAuc(h) {
  let P = 0;
  let N = 0;
  for (let i = 0; i < h.scores.length; i++) {
    P += h.positives[i];
    N += h.negatives[i];
  }
  if (P === 0 || N === 0) return null;
  let tp = 0;
  let fp = 0;
  let area = 0;
  for (let i = h.scores.length - 1; i >= 0; i--) {
    const tp2 = tp + h.positives[i];
    const fp2 = fp + h.negatives[i];
    area += (fp2 - fp) * (tp2 + tp) / 2;
    tp = tp2;
    fp = fp2;
  }
  return area / (P * N);
}
function averagePrecision(h) {
  let P = 0;
  for (let i = 0; i < h.positives.length; i++) P += h.positives[i];
  if (h.scores.length === 0) return null;
  if (P === 0) return 0;
  let tp = 0;
  let fp = 0;
  let prevRecall = 0;
  let ap = 0;
  for (let i = h.scores.length - 1; i >= 0; i--) {
    tp += h.positives[i];
    fp += h.negatives[i];
    const recall = tp / P;
    ap += (recall - prevRecall) * (tp / (tp + fp));
    prevRecall = recall;
  }
  return ap;
}

// src/tasks/classification/multilabel.ts
function emptyMultilabelStats(k) {
  return {
    k,
    n: 0,
    exact: 0,
    tp: new Float64Array(k),
    fp: new Float64Array(k),
    fn: new Float64Array(k),
    samplesPrecisionSum: 0,
    samplesRecallSum: 0,
    samplesF1Sum: 0
  };
}
function addMultilabelExample(stats, truth, pred) {
  stats.n++;
  const predicted = pred ?? [];
  let hits = 0;
  for (const c of predicted) {
    if (truth.includes(c)) {
      stats.tp[c]++;
      hits++;
    } else stats.fp[c]++;
  }
  for (const c of truth) if (!predicted.includes(c)) stats.fn[c]++;
  if (pred !== null && hits === truth.length && hits === predicted.length) stats.exact++;
  stats.samplesPrecisionSum += predicted.length ? hits / predicted.length : 0;
  stats.samplesRecallSum += truth.length ? hits / truth.length : 0;
  stats.samplesF1Sum += truth.length + predicted.length ? 2 * hits / (truth.length + predicted.length) : 0;
}
var ratio2 = (num, den) => den > 0 ? num / den : 0;
function multilabelPerClass(stats) {
  return Array.from({ length: stats.k }, (_, c) => ({
    precision: ratio2(stats.tp[c], stats.tp[c] + stats.fp[c]),
    recall: ratio2(stats.tp[c], stats.tp[c] + stats.fn[c]),
    f1: ratio2(2 * stats.tp[c], 2 * stats.tp[c] + stats.fp[c] + stats.fn[c]),
    support: stats.tp[c] + stats.fn[c]
  }));
}
function multilabelMetrics(stats, names, focusClass) {
  const out = {};
  const per = multilabelPerClass(stats);
  if (focusClass !== void 0) {
    const c = per[focusClass];
    for (const name of names) {
      if (name.endsWith("_precision")) out[name] = c.precision;
      else if (name.endsWith("_recall") || name === "accuracy") out[name] = c.recall;
      else if (name.endsWith("_f1")) out[name] = c.f1;
      else out[name] = null;
    }
    return out;
  }
  const { k, n } = stats;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let c = 0; c < k; c++) {
    tp += stats.tp[c];
    fp += stats.fp[c];
    fn += stats.fn[c];
  }
  const totalSupport = per.reduce((s, c) => s + c.support, 0);
  const mean2 = (pick, weighted) => {
    let sum = 0;
    let weight = 0;
    for (const c of per) {
      const w = weighted && totalSupport > 0 ? c.support : 1;
      sum += w * pick(c);
      weight += w;
    }
    return weight > 0 ? sum / weight : 0;
  };
  for (const name of names) {
    if (n === 0) {
      out[name] = null;
      continue;
    }
    switch (name) {
      case "accuracy":
        out[name] = stats.exact / n;
        break;
      case "hamming_loss":
        out[name] = (fp + fn) / (n * k);
        break;
      case "micro_precision":
        out[name] = ratio2(tp, tp + fp);
        break;
      case "micro_recall":
        out[name] = ratio2(tp, tp + fn);
        break;
      case "micro_f1":
        out[name] = ratio2(2 * tp, 2 * tp + fp + fn);
        break;
      case "macro_precision":
        out[name] = mean2((c) => c.precision, false);
        break;
      case "macro_recall":
        out[name] = mean2((c) => c.recall, false);
        break;
      case "macro_f1":
        out[name] = mean2((c) => c.f1, false);
        break;
      case "weighted_precision":
        out[name] = mean2((c) => c.precision, true);
        break;
      case "weighted_recall":
        out[name] = mean2((c) => c.recall, true);
        break;
      case "weighted_f1":
        out[name] = mean2((c) => c.f1, true);
        break;
      case "samples_f1":
        out[name] = stats.samplesF1Sum / n;
        break;
      default:
        out[name] = null;
    }
  }
  return out;
}

// src/tasks/classification/stats.ts
function histogramFrom(scores, positive) {
  const order = Array.from(scores.keys()).sort((x, y) => scores[x] - scores[y]);
  const s = [];
  const p2 = [];
  const q = [];
  for (const idx of order) {
    const v = scores[idx];
    if (s.length === 0 || s[s.length - 1] !== v) {
      s.push(v);
      p2.push(0);
      q.push(0);
    }
    if (positive[idx]) p2[p2.length - 1]++;
    else q[q.length - 1]++;
  }
  return { scores: Float64Array.from(s), positives: Float64Array.from(p2), negatives: Float64Array.from(q) };
}

// src/tasks/classification/evaluate.ts
var METRIC_DEFINITIONS_VERSION = 1;
var EPS2 = 2220446049250313e-31;
var numericOrder = (a, b) => Number(a) - Number(b);
var textOrder = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function firstLine(codes, lines, vocabIndex) {
  if (!codes) return void 0;
  for (let i = 0; i < codes.length; i++) {
    const v = codes[i];
    if (typeof v === "number" ? v === vocabIndex : v.includes(vocabIndex)) return lines[i];
  }
  return void 0;
}
function resolveLabels(suite, golden, preds) {
  const scoreKeys = preds.scoreKeys ?? [];
  let names;
  if (suite.labels) {
    names = [...suite.labels];
    const allowed = new Set(names);
    const check = (vocab, file, field, codes, lines) => {
      vocab.names.forEach((name, idx) => {
        if (!allowed.has(name)) {
          throw new InputError({
            file,
            line: firstLine(codes, lines, idx),
            field,
            message: `label ${quote(name)} is not in the configured labels (${names.map((n) => quote(n)).join(", ")})`
          });
        }
      });
    };
    check(golden.labels, golden.file, suite.fields.label, golden.truthSets ?? golden.truth, golden.lines);
    check(preds.labels, preds.file, suite.fields.prediction, preds.predSets ?? preds.pred, preds.lines);
  } else {
    const union = /* @__PURE__ */ new Set([...golden.labels.names, ...preds.labels.names, ...scoreKeys]);
    const numeric = golden.labels.allNumeric && preds.labels.allNumeric && [...union].every((n) => n.trim() !== "" && Number.isFinite(Number(n)));
    names = [...union].sort(numeric ? numericOrder : textOrder);
  }
  const index = new Map(names.map((n, i) => [n, i]));
  const goldenMap = Int32Array.from(golden.labels.names, (n) => index.get(n));
  const predMap = Int32Array.from(preds.labels.names, (n) => index.get(n));
  let scoreColumn = null;
  if (preds.scoreKeys) {
    const column = new Map(preds.scoreKeys.map((key, j) => [key, j]));
    for (const key of preds.scoreKeys) {
      if (!index.has(key)) {
        throw new InputError({
          file: preds.file,
          line: preds.lines[0],
          field: `${suite.fields.scores}.${key}`,
          message: `score for a label that is not in the configured labels`
        });
      }
    }
    scoreColumn = Int32Array.from(names, (name) => {
      const j = column.get(name);
      if (j === void 0) {
        const g = golden.labels.names.indexOf(name);
        const line = g >= 0 ? firstLine(golden.truthSets ?? golden.truth, golden.lines, g) : void 0;
        throw new InputError({
          file: g >= 0 ? golden.file : preds.file,
          line: g >= 0 ? line : preds.lines[0],
          field: suite.fields.scores,
          message: `label ${quote(name)} has no score: the scores must cover every label (${preds.file} rows have ${preds.scoreKeys.length})`
        });
      }
      return j;
    });
  }
  return { names, goldenMap, predMap, scoreColumn };
}
function joinPredictions(suite, golden, preds) {
  const rowOf = new Int32Array(golden.n).fill(-1);
  for (let r = 0; r < preds.n; r++) {
    const gi = golden.byId.get(preds.ids[r], preds.idHashes[r]);
    if (gi < 0) {
      throw new InputError({
        file: preds.file,
        line: preds.lines[r],
        field: suite.fields.id,
        message: `prediction for unknown id ${quote(preds.ids[r])}: it is not in the golden set ${golden.file}`
      });
    }
    if (rowOf[gi] >= 0) {
      throw new InputError({
        file: preds.file,
        line: preds.lines[r],
        field: suite.fields.id,
        message: `duplicate id ${quote(preds.ids[r])} (first at line ${preds.lines[rowOf[gi]]})`
      });
    }
    rowOf[gi] = r;
  }
  let missing = 0;
  let firstMissing = -1;
  for (let i = 0; i < golden.n; i++) {
    if (rowOf[i] < 0) {
      missing++;
      if (firstMissing < 0) firstMissing = i;
    }
  }
  if (missing > 0 && suite.missingPredictions === "error") {
    throw new InputError({
      file: golden.file,
      line: golden.lines[firstMissing],
      field: suite.fields.id,
      message: `no prediction for id ${quote(golden.ids[firstMissing])} in ${preds.file} (${missing} golden example(s) have none; set missing_predictions: count_as_wrong to score them as wrong)`
    });
  }
  return { rowOf, missing };
}
function evaluateClassification(suite, golden, preds) {
  const space = resolveLabels(suite, golden, preds);
  const { rowOf, missing } = joinPredictions(suite, golden, preds);
  const k = space.names.length;
  const n = golden.n;
  const plan = planSlices(n, suite.slices, golden.slices);
  const taskType = suite.multilabel ? "multilabel" : k === 2 ? "binary" : "multiclass";
  const positiveClass = taskType === "binary" ? resolvePositive(suite, space.names) : void 0;
  const base = {
    name: suite.name,
    task: "classification",
    task_type: taskType,
    definition_fingerprint: definitionFingerprint(suite, space.names),
    golden: { path: golden.file, n, fingerprint: golden.fingerprint },
    predictions: {
      path: preds.file,
      n: preds.n,
      matched: n - missing,
      missing,
      coverage: n ? (n - missing) / n : 0
    },
    labels: space.names,
    positive_label: positiveClass === void 0 ? null : space.names[positiveClass],
    min_support: suite.minSupport,
    metrics: [...suite.metrics],
    slice_fields: suite.slices.map((s) => typeof s === "string" ? s : [...s]),
    slice_values: Object.fromEntries(golden.slices.map((s) => [s.field, s.values]))
  };
  if (suite.multilabel) {
    return {
      ...base,
      ...evaluateMultilabel(suite, golden, preds, space, rowOf, plan.slices, plan.membership)
    };
  }
  return {
    ...base,
    ...evaluateSingleLabel(suite, golden, preds, space, rowOf, plan.slices, plan.membership, positiveClass)
  };
}
function resolvePositive(suite, names) {
  if (suite.positiveLabel === void 0) return 1;
  const idx = names.indexOf(suite.positiveLabel);
  if (idx < 0) {
    throw new InputError({
      field: "positive_label",
      message: `${quote(suite.positiveLabel)} is not one of the labels ${names.map((n) => quote(n)).join(", ")}`
    });
  }
  return idx;
}
function definitionFingerprint(suite, labels) {
  return sha256(
    canonicalJson({
      definitions: METRIC_DEFINITIONS_VERSION,
      task: suite.task,
      fields: suite.fields,
      labels,
      multilabel: suite.multilabel,
      positive: suite.positiveLabel ?? null,
      missing: suite.missingPredictions,
      topK: suite.topK,
      eceBins: suite.eceBins
    })
  );
}
function eceBinOf(conf, bins) {
  const step = 1 / bins;
  let b = Math.min(bins - 1, Math.max(0, Math.ceil(conf * bins) - 1));
  while (b > 0 && conf <= b * step) b--;
  while (b < bins - 1 && conf > (b + 1) * step) b++;
  return b;
}
function evaluateSingleLabel(suite, golden, preds, space, rowOf, slices, membership, positiveClass) {
  const k = space.names.length;
  const n = golden.n;
  const w = k + 1;
  const scored = space.scoreColumn !== null && preds.scores !== null;
  const wantRanking = scored && suite.metrics.some((m) => m === "roc_auc" || m === "average_precision");
  const truth = new Int32Array(n);
  const pred = new Int32Array(n);
  const conf = scored ? new Float32Array(n) : null;
  const brier = scored ? new Float32Array(n) : null;
  const logLoss = scored ? new Float32Array(n) : null;
  const cell = new Int32Array(n);
  const rowScored = new Uint8Array(n);
  const rowConf = scored ? new Float64Array(n) : null;
  const rowBin = scored ? new Int32Array(n) : null;
  const rowBrier = scored ? new Float64Array(n) : null;
  const rowLog = scored ? new Float64Array(n) : null;
  const rowHit = scored ? new Uint8Array(n) : null;
  const scores = preds.scores;
  const col = space.scoreColumn;
  const pos = positiveClass ?? 1;
  for (let i = 0; i < n; i++) {
    const t = space.goldenMap[golden.truth[i]];
    const r = rowOf[i];
    const p2 = r < 0 ? k : space.predMap[preds.pred[r]];
    truth[i] = t;
    pred[i] = r < 0 ? -1 : p2;
    cell[i] = t * w + p2;
    if (scored && r >= 0) {
      const rowValues = scores.chunkOf(r);
      const off = scores.offsetOf(r);
      const st = rowValues[off + col[t]];
      let above = 0;
      let sq = 0;
      let c = -Infinity;
      for (let j = 0; j < k; j++) {
        const v = rowValues[off + col[j]];
        if (v > c) c = v;
        if (v > st || v === st && j > t) above++;
        const d = j === t ? v - 1 : v;
        sq += d * d;
      }
      if (k === 2) {
        const d = rowValues[off + col[pos]] - (t === pos ? 1 : 0);
        sq = d * d;
      }
      const logTerm = -Math.log(Math.min(Math.max(st, EPS2), 1 - EPS2));
      rowScored[i] = 1;
      rowConf[i] = c;
      rowBin[i] = eceBinOf(c, suite.eceBins);
      rowBrier[i] = sq;
      rowLog[i] = logTerm;
      rowHit[i] = above < suite.topK ? 1 : 0;
      conf[i] = c;
      brier[i] = sq;
      logLoss[i] = logTerm;
    }
  }
  const S = slices.length;
  const B = suite.eceBins;
  const cells = k * w;
  const sliceN = new Float64Array(S);
  const confusion = new Float64Array(S * cells);
  const scoredN = new Float64Array(S);
  const binCount = new Float64Array(S * B);
  const binConf = new Float64Array(S * B);
  const binCorrect = new Float64Array(S * B);
  const brierSum = new Float64Array(S);
  const logSum = new Float64Array(S);
  const hits = new Float64Array(S);
  const columns = [null, ...membership];
  for (const column of columns) {
    for (let i = 0; i < n; i++) {
      const sl = column === null ? 0 : column[i];
      sliceN[sl]++;
      confusion[sl * cells + cell[i]]++;
      if (rowScored[i]) {
        const b = sl * B + rowBin[i];
        scoredN[sl]++;
        binCount[b]++;
        binConf[b] += rowConf[i];
        binCorrect[b] += pred[i] === truth[i] ? 1 : 0;
        brierSum[sl] += rowBrier[i];
        logSum[sl] += rowLog[i];
        hits[sl] += rowHit[i];
      }
    }
  }
  const stats = slices.map((_def, sl) => {
    const st = {
      k,
      n: sliceN[sl],
      confusion: confusion.slice(sl * cells, (sl + 1) * cells)
    };
    if (scored) {
      st.scored = {
        n: scoredN[sl],
        binCount: binCount.slice(sl * B, (sl + 1) * B),
        binConfidence: binConf.slice(sl * B, (sl + 1) * B),
        binCorrect: binCorrect.slice(sl * B, (sl + 1) * B),
        brierSum: brierSum[sl],
        logLossSum: logSum[sl],
        topKHits: hits[sl]
      };
    }
    return st;
  });
  if (wantRanking) addRankingHistograms(stats, membership, rowOf, scores, col, truth);
  const metricNames2 = suite.metrics.filter((m) => m !== "per_class_f1" && m !== "confusion_matrix");
  const results = slices.map((def, s) => {
    const st = stats[s];
    const result = {
      key: def.key,
      kind: def.kind,
      fields: { ...def.fields },
      n: st.n,
      insufficient: st.n < suite.minSupport,
      metrics: singleLabelMetrics(st, metricNames2, { positiveClass }),
      stats: singleLabelStatsToJson(st)
    };
    if (def.kind === "overall") {
      if (suite.metrics.includes("per_class_f1")) {
        result.per_class = perClassMetrics(st).map((m, c) => ({ label: space.names[c], ...m }));
      }
      if (suite.metrics.includes("confusion_matrix")) {
        result.confusion_matrix = Array.from(
          { length: k },
          (_, t) => Array.from(st.confusion.subarray(t * w, t * w + k))
        );
      }
    }
    return result;
  });
  if (suite.labelSlices) {
    const overall = stats[0];
    const perClass = perClassMetrics(overall);
    space.names.forEach((label, c) => {
      if (perClass[c].support === 0) return;
      results.push({
        key: `${suite.fields.label}=${label}`,
        kind: "label",
        fields: { [suite.fields.label]: label },
        n: perClass[c].support,
        insufficient: perClass[c].support < suite.minSupport,
        metrics: singleLabelMetrics(overall, metricNames2, { focusClass: c }),
        stats: { family: "label-slice", of: "overall", class: c }
      });
    });
  }
  let examples;
  if (suite.storeExamples) {
    const wide = k >= 32767;
    const columns2 = {
      ...commonColumns(golden),
      truth: encodeColumn(wide ? truth : Int16Array.from(truth), wide ? "i32" : "i16"),
      pred: encodeColumn(wide ? pred : Int16Array.from(pred), wide ? "i32" : "i16")
    };
    if (conf && suite.metrics.includes("ece")) columns2.confidence = encodeColumn(conf, "f32");
    if (brier && suite.metrics.includes("brier")) columns2.brier = encodeColumn(brier, "f32");
    if (logLoss && suite.metrics.includes("log_loss")) columns2.log_loss = encodeColumn(logLoss, "f32");
    examples = { n, ids: golden.ids, columns: columns2 };
  }
  return { slices: results, examples };
}
function commonColumns(golden) {
  const columns = { golden: encodeColumn(golden.recordHashes, "u32") };
  for (const s of golden.slices) columns[`field.${s.field}`] = encodeCodes(s.codes, s.values.length);
  return columns;
}
function addRankingHistograms(stats, membership, rowOf, scores, col, truth) {
  const k = col.length;
  const rowsOfSlice = stats.map(() => []);
  for (let i = 0; i < truth.length; i++) {
    if (rowOf[i] < 0) continue;
    rowsOfSlice[0].push(i);
    for (const m of membership) rowsOfSlice[m[i]].push(i);
  }
  stats.forEach((st, s) => {
    const rows = rowsOfSlice[s];
    st.scored.ranking = Array.from({ length: k }, (_, c) => {
      const values = new Float64Array(rows.length);
      const positive = new Uint8Array(rows.length);
      rows.forEach((i, j) => {
        values[j] = scores.chunkOf(rowOf[i])[scores.offsetOf(rowOf[i]) + col[c]];
        positive[j] = truth[i] === c ? 1 : 0;
      });
      return histogramFrom(values, positive);
    });
  });
}
function singleLabelStatsToJson(st) {
  const json = {
    family: "classification",
    k: st.k,
    n: st.n,
    confusion: Array.from(st.confusion)
  };
  if (st.scored) {
    json.scored = {
      n: st.scored.n,
      bin_count: Array.from(st.scored.binCount),
      bin_confidence: Array.from(st.scored.binConfidence),
      bin_correct: Array.from(st.scored.binCorrect),
      brier_sum: st.scored.brierSum,
      log_loss_sum: st.scored.logLossSum,
      top_k_hits: st.scored.topKHits
    };
    if (st.scored.ranking) {
      json.scored.ranking = st.scored.ranking.map((h) => ({
        scores: Array.from(h.scores),
        positives: Array.from(h.positives),
        negatives: Array.from(h.negatives)
      }));
    }
  }
  return json;
}
function evaluateMultilabel(suite, golden, preds, space, rowOf, slices, membership) {
  const k = space.names.length;
  const n = golden.n;
  const stats = slices.map(() => emptyMultilabelStats(k));
  const truthBits = new Uint8Array(n * k);
  const predBits = new Uint8Array(n * k);
  for (let i = 0; i < n; i++) {
    const t = golden.truthSets[i].map((v) => space.goldenMap[v]);
    const r = rowOf[i];
    const p2 = r < 0 ? null : preds.predSets[r].map((v) => space.predMap[v]);
    for (const c of t) truthBits[i * k + c] = 1;
    if (p2) for (const c of p2) predBits[i * k + c] = 1;
    addMultilabelExample(stats[0], t, p2);
    for (const m of membership) addMultilabelExample(stats[m[i]], t, p2);
  }
  const metricNames2 = suite.metrics.filter((m) => m !== "per_class_f1" && m !== "confusion_matrix");
  const results = slices.map((def, s) => {
    const st = stats[s];
    const result = {
      key: def.key,
      kind: def.kind,
      fields: { ...def.fields },
      n: st.n,
      insufficient: st.n < suite.minSupport,
      metrics: multilabelMetrics(st, metricNames2),
      stats: {
        family: "classification-multilabel",
        k,
        n: st.n,
        exact: st.exact,
        tp: Array.from(st.tp),
        fp: Array.from(st.fp),
        fn: Array.from(st.fn),
        samples_precision_sum: st.samplesPrecisionSum,
        samples_recall_sum: st.samplesRecallSum,
        samples_f1_sum: st.samplesF1Sum
      }
    };
    if (def.kind === "overall" && suite.metrics.includes("per_class_f1")) {
      result.per_class = multilabelPerClass(st).map((m, c) => ({ label: space.names[c], ...m }));
    }
    return result;
  });
  if (suite.labelSlices) {
    const per = multilabelPerClass(stats[0]);
    space.names.forEach((label, c) => {
      if (per[c].support === 0) return;
      results.push({
        key: `${suite.fields.label}=${label}`,
        kind: "label",
        fields: { [suite.fields.label]: label },
        n: per[c].support,
        insufficient: per[c].support < suite.minSupport,
        metrics: multilabelMetrics(stats[0], metricNames2, c),
        stats: { family: "label-slice", of: "overall", class: c }
      });
    });
  }
  const examples = suite.storeExamples ? {
    n,
    ids: golden.ids,
    columns: {
      ...commonColumns(golden),
      truth: { ...encodeColumn(truthBits, "u8"), width: k },
      pred: { ...encodeColumn(predBits, "u8"), width: k }
    }
  } : void 0;
  return { slices: results, examples };
}

// src/tasks/classification/resample.ts
var COUNT_METRICS = /* @__PURE__ */ new Set([
  "accuracy",
  "balanced_accuracy",
  "micro_precision",
  "micro_recall",
  "micro_f1",
  "macro_precision",
  "macro_recall",
  "macro_f1",
  "weighted_precision",
  "weighted_recall",
  "weighted_f1",
  "samples_f1",
  "hamming_loss"
]);
var ROW_COLUMNS = { ece: "confidence", brier: "brier", log_loss: "log_loss" };
function classificationResamplable(metric, slice2) {
  if (slice2.kind === "label")
    return COUNT_METRICS.has(metric) && !metric.startsWith("samples") && metric !== "hamming_loss";
  return COUNT_METRICS.has(metric) || metric in ROW_COLUMNS;
}
function labelFocus(slice2) {
  return slice2.kind === "label" && slice2.stats?.family === "label-slice" ? slice2.stats.class : void 0;
}
function pairedClassification(input) {
  if (input.headSuite.task_type === "multilabel") return pairedMultilabel(input);
  const { base, head, baseRows, headRows, metrics } = input;
  const k = input.headSuite.labels.length;
  const w = k + 1;
  const focus = labelFocus(input.slice);
  const truth = head.columns.get("truth");
  const basePred = base.columns.get("pred");
  const headPred = head.columns.get("pred");
  const n = headRows.length;
  const rowsAsUnits = metrics.some((m) => m in ROW_COLUMNS);
  const stateOf = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const t = truth[headRows[i]];
    const b = basePred[baseRows[i]] < 0 ? k : basePred[baseRows[i]];
    const h = headPred[headRows[i]] < 0 ? k : headPred[headRows[i]];
    stateOf[i] = (t * w + b) * w + h;
  }
  let units;
  let rowUnit;
  let unitState;
  if (rowsAsUnits) {
    units = new Float64Array(n).fill(1);
    rowUnit = Uint32Array.from({ length: n }, (_, i) => i);
    unitState = stateOf;
  } else {
    const index = new Int32Array(k * w * w).fill(-1);
    const states = [];
    const counts2 = [];
    rowUnit = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      let u = index[stateOf[i]];
      if (u < 0) {
        u = index[stateOf[i]] = states.length;
        states.push(stateOf[i]);
        counts2.push(0);
      }
      counts2[u]++;
      rowUnit[i] = u;
    }
    units = Float64Array.from(counts2);
    unitState = Int32Array.from(states);
  }
  const rowTerms = rowsAsUnits ? rowTermColumns(input) : null;
  const baseStats = { k, n: 0, confusion: new Float64Array(k * w) };
  const headStats = { k, n: 0, confusion: new Float64Array(k * w) };
  const countMetrics = metrics.filter((m) => COUNT_METRICS.has(m));
  const out = new Float64Array(metrics.length * 2);
  const evaluate = (weights) => {
    baseStats.confusion.fill(0);
    headStats.confusion.fill(0);
    let total = 0;
    for (let u = 0; u < weights.length; u++) {
      const wt = weights[u];
      if (wt === 0) continue;
      const s = unitState[u];
      const h = s % w;
      const rest = (s - h) / w;
      const b = rest % w;
      const t = (rest - b) / w;
      baseStats.confusion[t * w + b] += wt;
      headStats.confusion[t * w + h] += wt;
      total += wt;
    }
    baseStats.n = total;
    headStats.n = total;
    const bv = singleLabelMetrics(baseStats, countMetrics, { focusClass: focus });
    const hv = singleLabelMetrics(headStats, countMetrics, { focusClass: focus });
    const rowValues = rowTerms ? rowTerms(weights) : null;
    metrics.forEach((m, j) => {
      out[j] = rowValues?.base[m] ?? bv[m] ?? NaN;
      out[metrics.length + j] = rowValues?.head[m] ?? hv[m] ?? NaN;
    });
    return out;
  };
  return { units, rowUnit, evaluate };
}
function rowTermColumns(input) {
  const { base, head, baseRows, headRows, metrics } = input;
  const bins = input.headSuite.slices[0]?.stats?.scored?.bin_count.length ?? 15;
  const truth = head.columns.get("truth");
  const sides = [
    { table: base, rows: baseRows },
    { table: head, rows: headRows }
  ].map(({ table, rows }) => {
    const pred = table.columns.get("pred");
    const get = (name) => {
      const col = table.columns.get(name);
      return col ? Float64Array.from(rows, (r) => col[r]) : null;
    };
    const correct = Uint8Array.from(rows, (r, i) => pred[r] === truth[headRows[i]] ? 1 : 0);
    const scored = Uint8Array.from(rows, (r) => pred[r] >= 0 ? 1 : 0);
    return { confidence: get("confidence"), brier: get("brier"), logLoss: get("log_loss"), correct, scored };
  });
  const binCount = new Float64Array(bins);
  const binConf = new Float64Array(bins);
  const binCorrect = new Float64Array(bins);
  const step = 1 / bins;
  const binOf = (c) => {
    let b = Math.min(bins - 1, Math.max(0, Math.ceil(c * bins) - 1));
    while (b > 0 && c <= b * step) b--;
    while (b < bins - 1 && c > (b + 1) * step) b++;
    return b;
  };
  const binIndex = sides.map((s) => s.confidence ? Int32Array.from(s.confidence, binOf) : null);
  return (weights) => {
    const values = sides.map((s, side) => {
      const v = {};
      let n = 0;
      for (let i = 0; i < weights.length; i++) if (s.scored[i]) n += weights[i];
      if (metrics.includes("brier") && s.brier) {
        let sum = 0;
        for (let i = 0; i < weights.length; i++) if (s.scored[i]) sum += weights[i] * s.brier[i];
        v.brier = n > 0 ? sum / n : NaN;
      }
      if (metrics.includes("log_loss") && s.logLoss) {
        let sum = 0;
        for (let i = 0; i < weights.length; i++) if (s.scored[i]) sum += weights[i] * s.logLoss[i];
        v.log_loss = n > 0 ? sum / n : NaN;
      }
      if (metrics.includes("ece") && s.confidence) {
        binCount.fill(0);
        binConf.fill(0);
        binCorrect.fill(0);
        const idx = binIndex[side];
        for (let i = 0; i < weights.length; i++) {
          if (!s.scored[i] || weights[i] === 0) continue;
          binConf[idx[i]] += weights[i] * s.confidence[i];
          binCorrect[idx[i]] += weights[i] * s.correct[i];
        }
        let sum = 0;
        for (let b = 0; b < bins; b++) sum += Math.abs(binCorrect[b] - binConf[b]);
        v.ece = n > 0 ? sum / n : NaN;
      }
      return v;
    });
    return { base: values[0], head: values[1] };
  };
}
function pairedMultilabel(input) {
  const { base, head, baseRows, headRows, metrics } = input;
  const k = input.headSuite.labels.length;
  const truth = head.columns.get("truth");
  const basePred = base.columns.get("pred");
  const headPred = head.columns.get("pred");
  const n = headRows.length;
  const setOf = (col, r) => {
    const out2 = [];
    for (let c = 0; c < k; c++) if (col[r * k + c]) out2.push(c);
    return out2;
  };
  const rows = Array.from({ length: n }, (_, i) => ({
    t: setOf(truth, headRows[i]),
    b: setOf(basePred, baseRows[i]),
    h: setOf(headPred, headRows[i])
  }));
  const focus = labelFocus(input.slice);
  const out = new Float64Array(metrics.length * 2);
  return {
    units: new Float64Array(n).fill(1),
    rowUnit: Uint32Array.from({ length: n }, (_, i) => i),
    evaluate: (weights) => {
      const bs = emptyMultilabelStats(k);
      const hs = emptyMultilabelStats(k);
      for (let i = 0; i < n; i++) {
        for (let r = 0; r < weights[i]; r++) {
          addMultilabelExample(bs, rows[i].t, rows[i].b);
          addMultilabelExample(hs, rows[i].t, rows[i].h);
        }
      }
      const bv = multilabelMetrics(bs, metrics, focus);
      const hv = multilabelMetrics(hs, metrics, focus);
      metrics.forEach((m, j) => {
        out[j] = bv[m] ?? NaN;
        out[metrics.length + j] = hv[m] ?? NaN;
      });
      return out;
    }
  };
}
function unpairedClassification(input) {
  if (input.headSuite.task_type === "multilabel") return null;
  if (input.metrics.some((m) => !COUNT_METRICS.has(m))) return null;
  const side = (slice2, suite, position) => {
    const stats = slice2.kind === "label" ? suite.slices.find((s) => s.kind === "overall")?.stats : slice2.stats;
    if (!stats || stats.family !== "classification") return null;
    const cells = [];
    const counts2 = [];
    stats.confusion.forEach((c, i) => {
      if (c > 0) {
        cells.push(i);
        counts2.push(c);
      }
    });
    const units = Float64Array.from(counts2);
    const k = stats.k;
    const st = { k, n: 0, confusion: new Float64Array(stats.confusion.length) };
    const focus = labelFocus(slice2);
    const out = new Float64Array(input.metrics.length * 2).fill(NaN);
    const offset = position === "base" ? 0 : input.metrics.length;
    return {
      units,
      rowUnit: new Uint32Array(0),
      evaluate: (weights) => {
        st.confusion.fill(0);
        let n = 0;
        for (let u = 0; u < weights.length; u++) {
          st.confusion[cells[u]] += weights[u];
          n += weights[u];
        }
        st.n = n;
        const v = singleLabelMetrics(st, input.metrics, { focusClass: focus });
        input.metrics.forEach((m, j) => out[offset + j] = v[m] ?? NaN);
        return out;
      }
    };
  };
  const b = side(input.base, input.baseSuite, "base");
  const h = side(input.head, input.headSuite, "head");
  return b && h ? { base: b, head: h } : null;
}

// src/tasks/keyed-records.ts
var MISSING_VALUE2 = "(missing)";
function sliceValueText2(value) {
  if (value === void 0 || value === null || value === "") return MISSING_VALUE2;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}
function idText2(value, file, line, field) {
  if (typeof value === "string" && value.length > 0) return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (value === void 0) throw new InputError({ file, line, field, message: "missing id" });
  throw new InputError({
    file,
    line,
    field,
    message: `expected a non-empty string or number id, got ${describeType(value)}`
  });
}
function arrayCell(value, format) {
  if (format !== "csv" || typeof value !== "string" || !value.trimStart().startsWith("[")) return value;
  try {
    const parsed = JSON.parse(value);
    return Array.isArray(parsed) ? parsed : value;
  } catch {
    return value;
  }
}
function sliceFieldsOf(suite) {
  return [...new Set(suite.slices.flatMap((s) => typeof s === "string" ? [s] : [...s]))];
}
async function readKeyedGolden(suite, read) {
  const file = suite.golden.display;
  const sliceFields = sliceFieldsOf(suite);
  const ids = [];
  const lines = [];
  const items = [];
  const index = /* @__PURE__ */ new Map();
  const vocabs = sliceFields.map(() => /* @__PURE__ */ new Map());
  const values = sliceFields.map(() => []);
  const codes = sliceFields.map(() => []);
  const fingerprint = new FingerprintAccumulator();
  const recordHashes = [];
  await readRecords(
    suite.golden.path,
    (record, line) => {
      const id = idText2(record[suite.fields.id], file, line, suite.fields.id);
      const first = index.get(id);
      if (first !== void 0) {
        throw new InputError({
          file,
          line,
          field: suite.fields.id,
          message: `duplicate id ${quote(id)} (first at line ${lines[first]})`
        });
      }
      const { item, content } = read(record, line, file);
      fingerprint.begin();
      fingerprint.add(id);
      fingerprint.add(content);
      sliceFields.forEach((field, f) => {
        const v = sliceValueText2(record[field]);
        let code = vocabs[f].get(v);
        if (code === void 0) {
          code = values[f].length;
          vocabs[f].set(v, code);
          values[f].push(v);
        }
        codes[f].push(code);
        fingerprint.add(v);
      });
      recordHashes.push(fingerprint.end());
      index.set(id, ids.length);
      ids.push(id);
      lines.push(line);
      items.push(item);
    },
    { format: suite.golden.format, displayName: file }
  );
  if (ids.length === 0) throw new InputError({ file, message: "the golden set has no examples" });
  return {
    file,
    n: ids.length,
    ids,
    lines: Int32Array.from(lines),
    items,
    slices: sliceFields.map((field, f) => ({ field, values: values[f], codes: Int32Array.from(codes[f]) })),
    fingerprint: fingerprint.digest(ids.length),
    recordHashes: Uint32Array.from(recordHashes),
    index
  };
}
async function readKeyedPredictions(suite, read) {
  const file = suite.predictions.display;
  const rows = [];
  await readRecords(
    suite.predictions.path,
    (record, line) => {
      const id = idText2(record[suite.fields.id], file, line, suite.fields.id);
      rows.push({ id, line, item: read(record, line, file) });
    },
    { format: suite.predictions.format, displayName: file }
  );
  return { file, rows };
}
function unknownId(file, line, field, id, golden) {
  return new InputError({
    file,
    line,
    field,
    message: `prediction for unknown id ${quote(id)}: it is not in the golden set ${golden}`
  });
}
function joinOne(suite, golden, predictions) {
  const rowOf = new Int32Array(golden.n).fill(-1);
  predictions.rows.forEach((row, r) => {
    const gi = golden.index.get(row.id);
    if (gi === void 0) throw unknownId(predictions.file, row.line, suite.fields.id, row.id, golden.file);
    if (rowOf[gi] >= 0) {
      throw new InputError({
        file: predictions.file,
        line: row.line,
        field: suite.fields.id,
        message: `duplicate id ${quote(row.id)} (first at line ${predictions.rows[rowOf[gi]].line})`
      });
    }
    rowOf[gi] = r;
  });
  return { rowOf, missing: checkMissing(suite, golden, predictions.file, (i) => rowOf[i] >= 0) };
}
function joinMany(suite, golden, predictions) {
  const rowsOf = Array.from({ length: golden.n }, () => []);
  predictions.rows.forEach((row, r) => {
    const gi = golden.index.get(row.id);
    if (gi === void 0) throw unknownId(predictions.file, row.line, suite.fields.id, row.id, golden.file);
    rowsOf[gi].push(r);
  });
  return { rowsOf, missing: checkMissing(suite, golden, predictions.file, (i) => rowsOf[i].length > 0) };
}
function checkMissing(suite, golden, predictionsFile, has) {
  let missing = 0;
  let first = -1;
  for (let i = 0; i < golden.n; i++) {
    if (has(i)) continue;
    missing++;
    if (first < 0) first = i;
  }
  if (missing > 0 && suite.missingPredictions === "error") {
    throw new InputError({
      file: golden.file,
      line: golden.lines[first],
      field: suite.fields.id,
      message: `no prediction for id ${quote(golden.ids[first])} in ${predictionsFile} (${missing} golden example(s) have none; set missing_predictions: count_as_wrong to score them as wrong)`
    });
  }
  return missing;
}
function commonSuiteFields(suite, golden, predictions, missing) {
  const n = golden.n;
  return {
    name: suite.name,
    golden: { path: golden.file, n, fingerprint: golden.fingerprint },
    predictions: {
      path: predictions.file,
      n: predictions.n,
      matched: n - missing,
      missing,
      coverage: n ? (n - missing) / n : 0
    },
    positive_label: null,
    min_support: suite.minSupport,
    metrics: [...suite.metrics],
    slice_fields: suite.slices.map((s) => typeof s === "string" ? s : [...s]),
    slice_values: Object.fromEntries(golden.slices.map((s) => [s.field, [...s.values]]))
  };
}
function commonColumns2(golden) {
  const columns = { golden: encodeColumn(golden.recordHashes, "u32") };
  for (const s of golden.slices) columns[`field.${s.field}`] = encodeCodes(s.codes, s.values.length);
  return columns;
}
function rowsOfSlices(n, sliceCount, membership) {
  const rows = Array.from({ length: sliceCount }, () => []);
  for (let i = 0; i < n; i++) {
    rows[0].push(i);
    for (const m of membership) rows[m[i]].push(i);
  }
  return rows;
}

// src/tasks/generation/vector.ts
var GENERATION_GROUPS = [
  { name: "squad", width: 2, metrics: ["squad_em", "squad_f1"] },
  { name: "rouge", width: 3, metrics: ["rouge1", "rouge2", "rougeL"] },
  { name: "bleu", width: 2 + 2 * BLEU_MAX_ORDER, metrics: ["bleu"] },
  { name: "chrf", width: 3 * CHRF_CHAR_ORDER, metrics: ["chrf"] }
];
function groupsFor(metrics) {
  return GENERATION_GROUPS.filter((g) => g.metrics.some((m) => metrics.includes(m))).map((g) => g.name);
}
function groupWidth(group) {
  return GENERATION_GROUPS.find((g) => g.name === group).width;
}
function exampleVectors(prediction, references, groups) {
  const out = {};
  if (groups.includes("squad")) {
    const s = squadExampleStats(prediction, references);
    out.squad = Float64Array.of(s.exactMatch, s.f1);
  }
  if (groups.includes("rouge")) {
    const r = rougeScores(prediction, references);
    out.rouge = Float64Array.of(r.rouge1.fmeasure, r.rouge2.fmeasure, r.rougeL.fmeasure);
  }
  if (groups.includes("bleu")) {
    const b = bleuSegmentStats(prediction, references);
    out.bleu = Float64Array.of(b.hypLength, b.refLength, ...b.matches, ...b.totals);
  }
  if (groups.includes("chrf")) {
    const c = chrfSegmentStats(prediction, references);
    out.chrf = Float64Array.of(...c.hypCounts, ...c.refCounts, ...c.matches);
  }
  return out;
}
var slice = (v, from, length) => Array.from(v.subarray(from, from + length));
function valuesFromSums(sums, n, metrics) {
  const values = {};
  const mean2 = (sum) => n > 0 ? sum / n : 0;
  if (sums.squad) {
    values.squad_em = mean2(sums.squad[0]);
    values.squad_f1 = mean2(sums.squad[1]);
  }
  if (sums.rouge) {
    values.rouge1 = mean2(sums.rouge[0]);
    values.rouge2 = mean2(sums.rouge[1]);
    values.rougeL = mean2(sums.rouge[2]);
  }
  if (sums.bleu && metrics.includes("bleu")) {
    const b = sums.bleu;
    values.bleu = bleuFromStats({
      hypLength: b[0],
      refLength: b[1],
      matches: slice(b, 2, BLEU_MAX_ORDER),
      totals: slice(b, 2 + BLEU_MAX_ORDER, BLEU_MAX_ORDER)
    }).score / 100;
  }
  if (sums.chrf && metrics.includes("chrf")) {
    const c = sums.chrf;
    values.chrf = chrfFromStats({
      hypCounts: slice(c, 0, CHRF_CHAR_ORDER),
      refCounts: slice(c, CHRF_CHAR_ORDER, CHRF_CHAR_ORDER),
      matches: slice(c, 2 * CHRF_CHAR_ORDER, CHRF_CHAR_ORDER)
    }) / 100;
  }
  const out = {};
  for (const m of metrics) if (m in values) out[m] = values[m];
  return out;
}

// src/tasks/generation/evaluate.ts
var GENERATION_DEFINITIONS_VERSION = 1;
function referencesOf(record, field, file, line, format) {
  const value = arrayCell(record[field], format);
  if (typeof value === "string") return [value];
  if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === "string"))
    return value;
  throw new InputError({
    file,
    line,
    field,
    message: value === void 0 ? "missing references: expected a reference text or a non-empty array of texts" : `expected a reference text or a non-empty array of texts, got ${describeType(value)}`
  });
}
function predictionOf(record, field, file, line) {
  const value = record[field];
  if (typeof value === "string") return value;
  throw new InputError({
    file,
    line,
    field,
    message: value === void 0 || value === null ? 'missing prediction (an empty answer is "")' : `expected the predicted text as a string, got ${describeType(value)}`
  });
}
var ALL_GROUPS = GENERATION_GROUPS.map((g) => g.name);
async function evaluateGeneration(suite) {
  const referencesField = suite.fields.references ?? "references";
  const [golden, predictions] = await Promise.all([
    readKeyedGolden(suite, (record, line, file) => {
      const references = referencesOf(record, referencesField, file, line, suite.golden.format);
      return { item: references, content: JSON.stringify(references) };
    }),
    readKeyedPredictions(
      suite,
      (record, line, file) => predictionOf(record, suite.fields.prediction, file, line)
    )
  ]);
  const { rowOf, missing } = joinOne(suite, golden, predictions);
  const n = golden.n;
  const flat = Object.fromEntries(
    GENERATION_GROUPS.map((g) => [g.name, new Float64Array(n * g.width)])
  );
  for (let i = 0; i < n; i++) {
    const prediction = rowOf[i] >= 0 ? predictions.rows[rowOf[i]].item : "";
    const vectors = exampleVectors(prediction, golden.items[i], ALL_GROUPS);
    for (const g of GENERATION_GROUPS) flat[g.name].set(vectors[g.name], i * g.width);
  }
  const plan = planSlices(n, suite.slices, golden.slices);
  const rows = rowsOfSlices(n, plan.slices.length, plan.membership);
  const slices = plan.slices.map((def, s) => {
    const sums = sumRows(flat, rows[s]);
    return {
      key: def.key,
      kind: def.kind,
      fields: { ...def.fields },
      n: rows[s].length,
      insufficient: rows[s].length < suite.minSupport,
      metrics: valuesFromSums(sums, rows[s].length, suite.metrics),
      stats: statsJson(sums, rows[s].length)
    };
  });
  let examples;
  if (suite.storeExamples) {
    const columns = commonColumns2(golden);
    for (const group of groupsFor(suite.metrics)) {
      const width = GENERATION_GROUPS.find((g) => g.name === group).width;
      columns[group] = group === "bleu" || group === "chrf" ? { ...encodeColumn(Uint32Array.from(flat[group]), "u32"), width } : { ...encodeColumn(flat[group], "f64"), width };
    }
    examples = { n, ids: golden.ids, columns };
  }
  return {
    ...commonSuiteFields(suite, golden, { file: predictions.file, n: predictions.rows.length }, missing),
    task: "generation",
    task_type: "generation",
    definition_fingerprint: sha256(
      canonicalJson({
        definitions: GENERATION_DEFINITIONS_VERSION,
        task: suite.task,
        fields: [suite.fields.id, referencesField, suite.fields.prediction],
        missing: suite.missingPredictions,
        bleu: BLEU_SIGNATURE,
        chrf: CHRF_SIGNATURE
      })
    ),
    labels: [],
    slices,
    ...examples ? { examples } : {}
  };
}
function sumRows(flat, rows) {
  const out = {};
  for (const g of GENERATION_GROUPS) {
    const sum = new Float64Array(g.width);
    const values = flat[g.name];
    for (const i of rows) for (let j = 0; j < g.width; j++) sum[j] += values[i * g.width + j];
    out[g.name] = sum;
  }
  return out;
}
function statsJson(sums, n) {
  const list = (v, from, length) => Array.from(v.subarray(from, from + length));
  return {
    family: "generation",
    n,
    squad_em_sum: sums.squad[0],
    squad_f1_sum: sums.squad[1],
    rouge1_sum: sums.rouge[0],
    rouge2_sum: sums.rouge[1],
    rougeL_sum: sums.rouge[2],
    bleu: {
      hyp_length: sums.bleu[0],
      ref_length: sums.bleu[1],
      matches: list(sums.bleu, 2, BLEU_MAX_ORDER),
      totals: list(sums.bleu, 2 + BLEU_MAX_ORDER, BLEU_MAX_ORDER)
    },
    chrf: {
      hyp_counts: list(sums.chrf, 0, CHRF_CHAR_ORDER),
      ref_counts: list(sums.chrf, CHRF_CHAR_ORDER, CHRF_CHAR_ORDER),
      matches: list(sums.chrf, 2 * CHRF_CHAR_ORDER, CHRF_CHAR_ORDER)
    }
  };
}

// src/tasks/generation/resample.ts
var NAMES = new Set(GENERATION_METRICS.map((d) => d.name));
function generationResamplable(metric, slice2) {
  return NAMES.has(metric) && slice2.kind !== "label";
}
function pairedGeneration(input) {
  const { base, head, baseRows, headRows, metrics } = input;
  const n = headRows.length;
  const groups = groupsFor(metrics);
  const layout = [
    { table: base, rows: baseRows },
    { table: head, rows: headRows }
  ].flatMap(
    ({ table, rows }, side) => groups.map((group) => {
      const column = table.columns.get(group);
      if (!column) throw new Error(`the result has no per-example ${group} statistics`);
      return { side, group, width: groupWidth(group), column, rows };
    })
  );
  const W = layout.reduce((w, g) => w + g.width, 0);
  const matrix = new Float64Array(n * W);
  let offset = 0;
  for (const { width, column, rows } of layout) {
    for (let i = 0; i < n; i++)
      for (let j = 0; j < width; j++) matrix[i * W + offset + j] = column[rows[i] * width + j];
    offset += width;
  }
  const sum = new Float64Array(W);
  const out = new Float64Array(metrics.length * 2);
  const evaluate = (weights) => {
    sum.fill(0);
    let total = 0;
    for (let i = 0; i < n; i++) {
      const w = weights[i];
      if (w === 0) continue;
      total += w;
      const off = i * W;
      for (let j = 0; j < W; j++) sum[j] += w * matrix[off + j];
    }
    const sums = [{}, {}];
    let at = 0;
    for (const { side, group, width } of layout) {
      sums[side][group] = sum.slice(at, at + width);
      at += width;
    }
    sums.forEach((sideSums, s) => {
      const v = valuesFromSums(sideSums, total, metrics);
      metrics.forEach((m, j) => out[s * metrics.length + j] = v[m] ?? NaN);
    });
    return out;
  };
  return {
    units: new Float64Array(n).fill(1),
    rowUnit: Uint32Array.from({ length: n }, (_, i) => i),
    evaluate
  };
}
function unpairedGeneration(_input) {
  return null;
}

// src/tasks/generation/family.ts
var generationFamily = {
  metrics: GENERATION_METRICS,
  evaluate: (suite) => evaluateGeneration(suite),
  resamplable: generationResamplable,
  paired: pairedGeneration,
  unpaired: unpairedGeneration
};

// src/tasks/ops/quantile.ts
function checkQuantile(q) {
  if (!(q >= 0 && q <= 1)) throw new Error(`Invalid quantile ${String(q)}. Expected a number in [0, 1].`);
}
function checkValue(value) {
  if (!Number.isFinite(value)) throw new Error(`Invalid value ${String(value)}. Expected a finite number.`);
}
function lerp(a, b, t) {
  const diff = b - a;
  return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}
function quantileOf(total, at, q, method) {
  checkQuantile(q);
  if (total === 0) return NaN;
  if (method === "linear") {
    const virtual2 = (total - 1) * q;
    if (virtual2 >= total - 1) return at(total - 1);
    const below2 = Math.floor(virtual2);
    return lerp(at(below2), at(below2 + 1), virtual2 - below2);
  }
  const virtual = total * q - 1;
  const below = Math.floor(virtual);
  const index = virtual - below === 0 ? below : below + 1;
  return at(Math.min(Math.max(index, 0), total - 1));
}
function valueCountsOf(values) {
  const byValue = /* @__PURE__ */ new Map();
  for (const value of values) {
    checkValue(value);
    byValue.set(value, (byValue.get(value) ?? 0) + 1);
  }
  const distinct = [...byValue.keys()].sort((a, b) => a - b);
  return { values: distinct, counts: distinct.map((v) => byValue.get(v)) };
}
function expandedAccessor(values, counts2, order) {
  return (position) => {
    let seen = 0;
    for (const index of order) {
      seen += counts2[index];
      if (position < seen) return values[index];
    }
    throw new Error(`Position ${position} is outside a sample of ${seen} values.`);
  };
}
function totalOf(counts2) {
  let total = 0;
  for (const count of counts2) {
    if (!Number.isSafeInteger(count) || count < 0) {
      throw new Error(`Invalid weight ${String(count)}. Expected a non-negative integer multiplicity.`);
    }
    total += count;
  }
  return total;
}
function quantileOfCounts(counts2, q, method = "linear") {
  const order = counts2.values.map((_, i) => i);
  return quantileOf(totalOf(counts2.counts), expandedAccessor(counts2.values, counts2.counts, order), q, method);
}
function weightedQuantiles(values, weights, qs, method = "linear") {
  if (values.length !== weights.length) {
    throw new Error(
      `Got ${values.length} values but ${weights.length} weights. Expected one weight per value.`
    );
  }
  values.forEach(checkValue);
  const total = totalOf(weights);
  const order = values.map((_, i) => i).sort((a, b) => values[a] - values[b]);
  const at = expandedAccessor(values, weights, order);
  return qs.map((q) => quantileOf(total, at, q, method));
}

// src/tasks/scored/evaluate.ts
var SCORED_DEFINITIONS_VERSION = 1;
var MAX_FLAKY_LISTED = 50;
var NO_VERDICT = 255;
function scoreOf(value, file, line, field) {
  if (value === void 0 || value === null || value === "") return null;
  const n = typeof value === "string" ? Number(value.trim()) : value;
  if (typeof n === "number" && Number.isFinite(n)) return n;
  throw new InputError({
    file,
    line,
    field,
    message: `expected a finite number score, got ${describeType(value)}`
  });
}
var PASS = /* @__PURE__ */ new Set(["pass", "passed", "true", "yes", "1"]);
var FAIL = /* @__PURE__ */ new Set(["fail", "failed", "false", "no", "0"]);
function verdictOf(value, file, line, field) {
  if (value === void 0 || value === null || value === "") return null;
  if (typeof value === "boolean") return value;
  if (value === 1 || value === 0) return value === 1;
  if (typeof value === "string") {
    const v = value.trim().toLowerCase();
    if (PASS.has(v)) return true;
    if (FAIL.has(v)) return false;
  }
  throw new InputError({
    file,
    line,
    field,
    message: `expected a verdict (true/false, "pass"/"fail" or 1/0), got ${describeType(value)}`
  });
}
async function evaluateScored(suite) {
  const f = {
    id: suite.fields.id,
    score: suite.fields.score ?? "score",
    verdict: suite.fields.verdict ?? "verdict",
    run: suite.fields.run ?? "run"
  };
  const threshold = suite.scored.passThreshold;
  const runField = f.run;
  const [golden, predictions] = await Promise.all([
    readKeyedGolden(suite, () => ({ item: null, content: "" })),
    readKeyedPredictions(suite, (record, line, file) => {
      const score3 = scoreOf(record[f.score], file, line, f.score);
      let pass = verdictOf(record[f.verdict], file, line, f.verdict);
      if (score3 === null && pass === null) {
        throw new InputError({
          file,
          line,
          message: `a run needs a score (${f.score}) or a verdict (${f.verdict}); this row has neither`
        });
      }
      if (pass === null && threshold !== void 0 && score3 !== null) pass = score3 >= threshold;
      const raw = record[runField];
      const run = raw === void 0 || raw === null || raw === "" ? null : String(raw);
      return { run, score: score3, pass };
    })
  ]);
  const { rowsOf, missing } = joinMany(suite, golden, predictions);
  const n = golden.n;
  for (const rows2 of rowsOf) {
    const seen = /* @__PURE__ */ new Map();
    for (const r of rows2) {
      const row = predictions.rows[r];
      const first = seen.get(row.item.run);
      if (first !== void 0) {
        throw new InputError({
          file: predictions.file,
          line: row.line,
          field: row.item.run === null ? f.id : f.run,
          message: row.item.run === null ? `duplicate id ${quote(row.id)} (first at line ${predictions.rows[first].line}); give each repeat a ${f.run} field` : `duplicate run ${quote(row.item.run)} of id ${quote(row.id)} (first at line ${predictions.rows[first].line})`
        });
      }
      seen.set(row.item.run, r);
    }
  }
  const summaries = summarize(rowsOf.map((rows2) => rows2.map((r) => predictions.rows[r].item)));
  const plan = planSlices(n, suite.slices, golden.slices);
  const rows = rowsOfSlices(n, plan.slices.length, plan.membership);
  const slices = plan.slices.map((def, s) => {
    const stats = sliceStats(summaries, rows[s]);
    return {
      key: def.key,
      kind: def.kind,
      fields: { ...def.fields },
      n: rows[s].length,
      insufficient: rows[s].length < suite.minSupport,
      metrics: metricsFromStats(stats, suite.metrics),
      stats
    };
  });
  const flaky = flakyExamples(summaries, golden.ids);
  const notes = [];
  const maxRuns = summaries.width;
  if (maxRuns > 1) {
    const spreads = Array.from(summaries.scoreSpread).filter((v) => !Number.isNaN(v));
    const meanSpread = spreads.length ? spreads.reduce((a, b) => a + b, 0) / spreads.length : null;
    notes.push(
      `Repeats: up to ${maxRuns} runs per example${meanSpread === null ? "" : `; mean within-example score spread (sd) ${meanSpread.toFixed(4)}`}; intervals resample examples, then runs within each example.`
    );
  }
  const overall = slices[0].metrics;
  if (suite.metrics.includes("pass_rate") && overall.pass_rate === null)
    notes.push(
      `pass_rate has no value: no run has a verdict (${f.verdict}) and scored.pass_threshold is not set.`
    );
  if (suite.metrics.some((m) => m !== "pass_rate" && overall[m] === null))
    notes.push(`the score metrics have no value: no run has a score (${f.score}).`);
  if (missing > 0)
    notes.push(
      `${missing} example(s) without any run count as failed for pass_rate and are left out of the score metrics.`
    );
  let examples;
  if (suite.storeExamples) {
    const columns = commonColumns2(golden);
    const runsDtype = codeDtype(maxRuns + 1);
    const RunsCtor = runsDtype === "u8" ? Uint8Array : runsDtype === "u16" ? Uint16Array : Uint32Array;
    columns.runs = encodeColumn(RunsCtor.from(summaries.runs), runsDtype);
    columns.score_mean = encodeColumn(summaries.scoreMean, "f64");
    columns.score_spread = encodeColumn(summaries.scoreSpread, "f64");
    columns.pass_fraction = encodeColumn(summaries.passFraction, "f64");
    if (maxRuns > 0) {
      columns.run_score = { ...encodeColumn(summaries.runScore, "f64"), width: maxRuns };
      columns.run_pass = { ...encodeColumn(summaries.runPass, "u8"), width: maxRuns };
    }
    examples = { n, ids: golden.ids, columns };
  }
  return {
    ...commonSuiteFields(suite, golden, { file: predictions.file, n: predictions.rows.length }, missing),
    task: "scored",
    task_type: "judged",
    definition_fingerprint: sha256(
      canonicalJson({
        definitions: SCORED_DEFINITIONS_VERSION,
        task: suite.task,
        fields: [f.id, f.score, f.verdict, f.run],
        passThreshold: threshold ?? null,
        missing: suite.missingPredictions
      })
    ),
    labels: [],
    slices,
    ...notes.length ? { notes } : {},
    flaky,
    ...examples ? { examples } : {}
  };
}
function summarize(runsOf) {
  const n = runsOf.length;
  const width = runsOf.reduce((w, runs) => Math.max(w, runs.length), 0);
  const out = {
    runs: new Uint32Array(n),
    scoreMean: new Float64Array(n).fill(NaN),
    scoreSpread: new Float64Array(n).fill(NaN),
    passFraction: new Float64Array(n).fill(NaN),
    passes: new Uint32Array(n),
    judged: new Uint32Array(n),
    width,
    runScore: new Float64Array(n * width).fill(NaN),
    runPass: new Uint8Array(n * width).fill(NO_VERDICT)
  };
  runsOf.forEach((runs, i) => {
    out.runs[i] = runs.length;
    const scores = [];
    let passes = 0;
    let judged = 0;
    runs.forEach((run, j) => {
      if (run.score !== null) {
        scores.push(run.score);
        out.runScore[i * width + j] = run.score;
      }
      if (run.pass !== null) {
        judged++;
        if (run.pass) passes++;
        out.runPass[i * width + j] = run.pass ? 1 : 0;
      }
    });
    if (scores.length) {
      const mean2 = scores.reduce((a, b) => a + b, 0) / scores.length;
      out.scoreMean[i] = mean2;
      if (scores.length > 1) {
        const ss = scores.reduce((a, v) => a + (v - mean2) * (v - mean2), 0);
        out.scoreSpread[i] = Math.sqrt(ss / (scores.length - 1));
      }
    }
    out.passes[i] = passes;
    out.judged[i] = judged;
    if (judged) out.passFraction[i] = passes / judged;
    else if (runs.length === 0) out.passFraction[i] = 0;
  });
  return out;
}
function sliceStats(s, rows) {
  let runs = 0;
  let scored = 0;
  let scoreSum = 0;
  let judged = 0;
  let passSum = 0;
  let flaky = 0;
  const means = [];
  for (const i of rows) {
    runs += s.runs[i];
    if (!Number.isNaN(s.scoreMean[i])) {
      scored++;
      scoreSum += s.scoreMean[i];
      means.push(s.scoreMean[i]);
    }
    if (!Number.isNaN(s.passFraction[i])) {
      judged++;
      passSum += s.passFraction[i];
    }
    if (s.passes[i] > 0 && s.passes[i] < s.judged[i]) flaky++;
  }
  const counts2 = valueCountsOf(means);
  return {
    family: "scored",
    n: rows.length,
    runs,
    scored,
    score_sum: scoreSum,
    judged,
    pass_sum: passSum,
    flaky,
    score_values: [...counts2.values],
    score_counts: [...counts2.counts]
  };
}
function metricsFromStats(stats, metrics) {
  const out = {};
  for (const m of metrics) {
    if (m === "mean_score") out[m] = stats.scored ? stats.score_sum / stats.scored : null;
    else if (m === "pass_rate") out[m] = stats.judged ? stats.pass_sum / stats.judged : null;
    else if (m in SCORE_QUANTILES)
      out[m] = stats.scored ? quantileOfCounts({ values: stats.score_values, counts: stats.score_counts }, SCORE_QUANTILES[m]) : null;
  }
  return out;
}
function weightedMetrics(means, meanWeights, passes, passWeights, metrics) {
  const sum = (v, w) => {
    let s = 0;
    let total = 0;
    for (let i = 0; i < v.length; i++) {
      s += w[i] * v[i];
      total += w[i];
    }
    return total > 0 ? s / total : NaN;
  };
  const qs = metrics.filter((m) => m in SCORE_QUANTILES);
  const quantiles = qs.length && means.length ? weightedQuantiles(
    means,
    meanWeights,
    qs.map((m) => SCORE_QUANTILES[m])
  ) : [];
  return metrics.map((m) => {
    if (m === "mean_score") return sum(means, meanWeights);
    if (m === "pass_rate") return sum(passes, passWeights);
    const q = qs.indexOf(m);
    return q >= 0 && quantiles.length && meanWeights.some((w) => w > 0) ? quantiles[q] : NaN;
  });
}
function flakyExamples(s, ids) {
  const found = [];
  let repeated = 0;
  for (let i = 0; i < ids.length; i++) {
    if (s.judged[i] >= 2) repeated++;
    if (s.passes[i] > 0 && s.passes[i] < s.judged[i]) found.push(i);
  }
  const distance = (i) => Math.abs(s.passes[i] / s.judged[i] - 0.5);
  found.sort((a, b) => distance(a) - distance(b) || (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0));
  return {
    count: found.length,
    repeated,
    examples: found.slice(0, MAX_FLAKY_LISTED).map((i) => ({
      id: ids[i],
      runs: s.runs[i],
      passes: s.passes[i],
      mean_score: Number.isNaN(s.scoreMean[i]) ? null : s.scoreMean[i],
      spread: Number.isNaN(s.scoreSpread[i]) ? null : s.scoreSpread[i]
    }))
  };
}

// src/tasks/scored/resample.ts
var NAMES2 = new Set(SCORED_METRICS.map((d) => d.name));
function scoredResamplable(metric, _slice) {
  return NAMES2.has(metric);
}
function sideRuns(table, rows) {
  const mean2 = table.columns.get("score_mean");
  const pass = table.columns.get("pass_fraction");
  const runs = table.columns.get("runs");
  const runScore = table.columns.get("run_score");
  const runPass = table.columns.get("run_pass");
  if (!mean2 || !pass || !runs) throw new Error("the result has no per-example scored records");
  const width = runs.length && runScore ? runScore.length / runs.length : 0;
  const runScores = [];
  const runPasses = [];
  for (const r of rows) {
    const scores = [];
    const passes = [];
    for (let j = 0; j < width; j++) {
      const s = runScore[r * width + j];
      if (!Number.isNaN(s)) scores.push(s);
      const p2 = runPass ? runPass[r * width + j] : NO_VERDICT;
      if (p2 !== NO_VERDICT) passes.push(p2);
    }
    runScores.push(Float64Array.from(scores));
    runPasses.push(Uint8Array.from(passes));
  }
  return {
    scoreMean: Float64Array.from(rows, (r) => mean2[r]),
    passFraction: Float64Array.from(rows, (r) => pass[r]),
    runScores,
    runPasses
  };
}
function resampledMean(values, uniform) {
  const k = values.length;
  let sum = 0;
  for (let d = 0; d < k; d++) sum += values[Math.floor(uniform() * k)];
  return sum / k;
}
function weightsKey(weights) {
  let h = 2166136261;
  for (let i = 0; i < weights.length; i++) h = Math.imul(h ^ weights[i], 16777619) >>> 0;
  return lowbias32(h);
}
function sideValues(side, weights, metrics, uniform) {
  const means = [];
  const meanWeights = [];
  const passes = [];
  const passWeights = [];
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i];
    if (w === 0) continue;
    const scores = side.runScores[i];
    const verdicts = side.runPasses[i];
    const hasMean = !Number.isNaN(side.scoreMean[i]);
    const hasPass = !Number.isNaN(side.passFraction[i]);
    if (!uniform || scores.length <= 1 && verdicts.length <= 1) {
      if (hasMean) {
        means.push(side.scoreMean[i]);
        meanWeights.push(w);
      }
      if (hasPass) {
        passes.push(side.passFraction[i]);
        passWeights.push(w);
      }
      continue;
    }
    for (let c = 0; c < w; c++) {
      if (hasMean) {
        means.push(scores.length > 1 ? resampledMean(scores, uniform) : side.scoreMean[i]);
        meanWeights.push(1);
      }
      if (hasPass) {
        passes.push(verdicts.length > 1 ? resampledMean(verdicts, uniform) : side.passFraction[i]);
        passWeights.push(1);
      }
    }
  }
  return weightedMetrics(means, meanWeights, passes, passWeights, metrics);
}
function pairedScored(input) {
  const { metrics, baseRows, headRows } = input;
  const n = headRows.length;
  const sides = [sideRuns(input.base, baseRows), sideRuns(input.head, headRows)];
  const sliceKey2 = fnv1a32(input.slice.key);
  const out = new Float64Array(metrics.length * 2);
  let calls = 0;
  const evaluate = (weights) => {
    const call = calls++;
    const key = call === 0 ? 0 : (weightsKey(weights) ^ sliceKey2) >>> 0;
    sides.forEach((side, s) => {
      const uniform = call === 0 ? null : resampleUniform(key, `${input.slice.key}#runs#${s}`, call);
      const v = sideValues(side, weights, metrics, uniform);
      metrics.forEach((_m, j) => out[s * metrics.length + j] = v[j]);
    });
    return out;
  };
  return {
    units: new Float64Array(n).fill(1),
    rowUnit: Uint32Array.from({ length: n }, (_, i) => i),
    evaluate
  };
}
function unpairedScored(_input) {
  return null;
}

// src/tasks/scored/family.ts
var scoredFamily = {
  metrics: SCORED_METRICS,
  evaluate: (suite) => evaluateScored(suite),
  resamplable: scoredResamplable,
  paired: pairedScored,
  unpaired: unpairedScored
};

// src/tasks/spans/counts.ts
function emptyDense(types) {
  return { tp: new Float64Array(types), fp: new Float64Array(types), fn: new Float64Array(types) };
}
function keyedCounts(dense, types, focus) {
  const counts2 = /* @__PURE__ */ Object.create(null);
  types.forEach((type, t) => {
    if (focus !== void 0 && type !== focus) return;
    counts2[type] = { tp: dense.tp[t], fp: dense.fp[t], fn: dense.fn[t] };
  });
  return counts2;
}
function denseMetricValues(dense, types, metrics, focus) {
  const all = spanMetricValues(keyedCounts(dense, types, focus));
  const out = {};
  for (const m of metrics) if (m in all) out[m] = all[m];
  return out;
}
function perTypeTable(dense, types) {
  return spanScores(keyedCounts(dense, types)).perType.map((s) => ({
    label: s.type,
    precision: s.precision,
    recall: s.recall,
    f1: s.f1,
    support: s.support
  }));
}

// src/tasks/spans/errors.ts
var SpanInputError = class extends InputError {
  constructor(field, detail, location) {
    super({ file: location?.file, line: location?.line, field, message: detail });
    this.name = "SpanInputError";
  }
};

// src/tasks/spans/entities.ts
var ALLOWED_PREFIXES = {
  IOB2: ["B", "I", "O"],
  IOBES: ["B", "I", "E", "S", "O"]
};
function parseTags(tags, options2) {
  const field = options2.field ?? "tags";
  const allowed = ALLOWED_PREFIXES[options2.scheme];
  return tags.map((tag, index) => {
    if (tag === "O") return { prefix: "O", type: "" };
    const prefix = tag.charAt(0);
    if (tag.charAt(1) !== "-" || tag.length < 3 || !allowed.includes(prefix) || prefix === "O") {
      const prefixes = allowed.filter((p2) => p2 !== "O").map((p2) => `${p2}-`).join("/");
      throw new SpanInputError(
        field,
        `invalid tag ${JSON.stringify(tag)} at position ${index}: expected O or a ${prefixes} prefix followed by a type (${options2.scheme})`,
        options2.location
      );
    }
    return { prefix, type: tag.slice(2) };
  });
}
function assertSameLength(field, length, otherField, otherLength, location) {
  if (length !== otherLength) {
    throw new SpanInputError(
      field,
      `length ${length} does not match ${otherField} length ${otherLength}`,
      location
    );
  }
}
var OUTSIDE_TYPE = "_";
function endsChunk(prev, current) {
  if (prev.prefix === "E" || prev.prefix === "S") return true;
  if ((prev.prefix === "B" || prev.prefix === "I") && ["B", "S", "O"].includes(current.prefix)) return true;
  return prev.prefix !== "O" && typeOf(prev) !== typeOf(current);
}
function startsChunk(prev, current) {
  if (current.prefix === "B" || current.prefix === "S") return true;
  if (["E", "S", "O"].includes(prev.prefix) && (current.prefix === "E" || current.prefix === "I"))
    return true;
  return current.prefix !== "O" && typeOf(prev) !== typeOf(current);
}
function typeOf(tag) {
  return tag.prefix === "O" ? OUTSIDE_TYPE : tag.type;
}
var OUTSIDE = { prefix: "O", type: "" };
function defaultModeEntities(tags) {
  const entities = [];
  let prev = OUTSIDE;
  let begin = 0;
  [...tags, OUTSIDE].forEach((current, i) => {
    if (endsChunk(prev, current)) entities.push({ type: prev.type, start: begin, end: i });
    if (startsChunk(prev, current)) begin = i;
    prev = current;
  });
  return entities;
}
var sameType = (prev, current) => typeOf(prev) === typeOf(current);
var STRICT_RULES = {
  IOB2: {
    isStart: (_prev, current) => current.prefix === "B",
    isInside: (prev, current) => (prev.prefix === "B" || prev.prefix === "I") && current.prefix === "I" && sameType(prev, current),
    isEnd: (prev, current) => (prev.prefix === "B" || prev.prefix === "I") && (current.prefix === "O" || current.prefix === "B" || current.prefix === "I" && !sameType(prev, current))
  },
  IOBES: {
    isStart: (_prev, current) => current.prefix === "B" || current.prefix === "S",
    isInside: (prev, current) => (prev.prefix === "B" || prev.prefix === "I") && (current.prefix === "I" || current.prefix === "E") && sameType(prev, current),
    isEnd: (prev) => prev.prefix === "E" || prev.prefix === "S"
  }
};
function strictModeEntities(tags, rules) {
  const extended = [...tags, OUTSIDE];
  const entities = [];
  let prev = OUTSIDE;
  let i = 0;
  while (i < extended.length) {
    const token = extended[i];
    if (rules.isStart(prev, token)) {
      let end = i + 1;
      let last = token;
      while (end < extended.length && rules.isInside(last, extended[end])) last = extended[end++];
      if (rules.isEnd(extended[end - 1], extended[end])) entities.push({ type: token.type, start: i, end });
      i = end;
    } else {
      i += 1;
    }
    prev = extended[i - 1];
  }
  return entities;
}
function entitiesFromTags(tags, options2) {
  const parsed = parseTags(tags, options2);
  return options2.mode === "strict" ? strictModeEntities(parsed, STRICT_RULES[options2.scheme]) : defaultModeEntities(parsed);
}
function entitiesFromCharSpans(spans, options2 = {}) {
  const field = options2.field ?? "spans";
  return spans.map((span, index) => {
    const fail = (detail) => {
      throw new SpanInputError(field, `span ${index}: ${detail}`, options2.location);
    };
    if (typeof span !== "object" || span === null) return fail("expected an object {start, end, type}");
    const { start, end, type } = span;
    if (typeof type !== "string" || type.length === 0)
      return fail(`type must be a non-empty string, got ${JSON.stringify(type)}`);
    if (!Number.isInteger(start) || start < 0)
      return fail(`start must be an integer >= 0, got ${JSON.stringify(start)}`);
    if (!Number.isInteger(end) || end <= start) {
      return fail(`end must be an integer > start (${String(start)}), got ${JSON.stringify(end)}`);
    }
    if (options2.textLength !== void 0 && end > options2.textLength) {
      return fail(`end ${String(end)} is past the end of the text (length ${options2.textLength})`);
    }
    return { type, start, end };
  });
}

// src/tasks/spans/evaluate.ts
var SPAN_DEFINITIONS_VERSION = 1;
var STRICT_HINT = {
  IOB2: "an entity is B-X followed by I-X tags",
  IOBES: "an entity is S-X, or B-X then I-X tags then E-X"
};
function tagsOf(record, field, file, line) {
  const value = record[field];
  if (Array.isArray(value) && value.every((t) => typeof t === "string")) return value;
  throw new InputError({
    file,
    line,
    field,
    message: value === void 0 ? 'missing tags: expected an array of tags such as ["B-PER", "I-PER", "O"]' : `expected an array of tag strings, got ${describeType(value)}`
  });
}
function readTags(tags, options2, file, line) {
  const located = { ...options2, location: { file, line } };
  const entities = entitiesFromTags(tags, located);
  if (options2.mode !== "strict") return { entities, length: tags.length };
  const lenient = entitiesFromTags(tags, { ...located, mode: "default" });
  const kept = new Set(entities.map((e) => `${e.type}\0${e.start}\0${e.end}`));
  const stray = lenient.find((e) => !kept.has(`${e.type}\0${e.start}\0${e.end}`));
  if (!stray) return { entities, length: tags.length };
  return { entities, length: tags.length, stray };
}
function strayMessage(stray, tags, scheme) {
  const span = stray.end - stray.start > 1 ? `positions ${stray.start}\u2013${stray.end - 1}` : `position ${stray.start}`;
  const shown = tags.slice(stray.start, Math.min(stray.end, stray.start + 4)).join(" ");
  return `invalid ${scheme} sequence (strict mode): the tags at ${span} (${shown}${stray.end - stray.start > 4 ? " \u2026" : ""}) are not a valid entity; ${STRICT_HINT[scheme]}`;
}
async function evaluateSpans(suite) {
  const { format, scheme, mode } = suite.spans;
  const goldField = suite.fields.label;
  const predField = suite.fields.prediction;
  const tokensField = suite.fields.tokens ?? "tokens";
  const textField = suite.fields.text ?? "text";
  const withArrays = (record, fields, format2) => format2 === "csv" ? { ...record, ...Object.fromEntries(fields.map((f) => [f, arrayCell(record[f], format2)])) } : record;
  const readGolden = (raw, line, file) => {
    const record = withArrays(raw, [goldField, tokensField], suite.golden.format);
    if (format === "offsets") {
      const value = record[goldField];
      if (!Array.isArray(value)) {
        throw new InputError({
          file,
          line,
          field: goldField,
          message: `expected an array of spans {start, end, type}, got ${describeType(value)}`
        });
      }
      const text = record[textField];
      return {
        entities: entitiesFromCharSpans(value, {
          field: goldField,
          location: { file, line },
          textLength: typeof text === "string" ? text.length : void 0
        })
      };
    }
    const tags = tagsOf(record, goldField, file, line);
    const tokens = record[tokensField];
    if (Array.isArray(tokens))
      assertSameLength(goldField, tags.length, tokensField, tokens.length, { file, line });
    const item = readTags(tags, { scheme, mode, field: goldField }, file, line);
    if (item.stray)
      throw new SpanInputError(goldField, strayMessage(item.stray, tags, scheme), { file, line });
    return item;
  };
  const readPrediction = (raw, line, file) => {
    const record = withArrays(raw, [predField], suite.predictions.format);
    if (format === "offsets") {
      const value = record[predField];
      if (!Array.isArray(value)) {
        throw new InputError({
          file,
          line,
          field: predField,
          message: `expected an array of spans {start, end, type}, got ${describeType(value)}`
        });
      }
      return { entities: entitiesFromCharSpans(value, { field: predField, location: { file, line } }) };
    }
    return readTags(tagsOf(record, predField, file, line), { scheme, mode, field: predField }, file, line);
  };
  const [golden, predictions] = await Promise.all([
    readKeyedGolden(suite, (record, line, file) => {
      const item = readGolden(record, line, file);
      const content = item.entities.map((e) => `${e.type}:${e.start}:${e.end}`).join(" ");
      return { item, content: `${item.length ?? ""}|${content}` };
    }),
    readKeyedPredictions(suite, readPrediction)
  ]);
  const { rowOf, missing } = joinOne(suite, golden, predictions);
  const n = golden.n;
  let invalid = 0;
  const typeSet = /* @__PURE__ */ new Set();
  for (const item of golden.items) for (const e of item.entities) typeSet.add(e.type);
  const goldTypes = new Set(typeSet);
  for (let i = 0; i < n; i++) {
    const r = rowOf[i];
    if (r < 0) continue;
    const pred = predictions.rows[r];
    const gold = golden.items[i];
    if (gold.length !== void 0)
      assertSameLength(predField, pred.item.length, `golden ${goldField}`, gold.length, {
        file: predictions.file,
        line: pred.line
      });
    if (pred.item.stray) invalid++;
    for (const e of pred.item.entities) typeSet.add(e.type);
  }
  const types = [...typeSet].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
  const typeIndex = new Map(types.map((t, j) => [t, j]));
  const T = types.length;
  const counts2 = new Uint32Array(n * 3 * T);
  for (let i = 0; i < n; i++) {
    const predicted = rowOf[i] >= 0 ? predictions.rows[rowOf[i]].item.entities : [];
    const c = spanCounts(golden.items[i].entities, predicted);
    for (const type of Object.keys(c)) {
      const off = (i * T + typeIndex.get(type)) * 3;
      counts2[off] = c[type].tp;
      counts2[off + 1] = c[type].fp;
      counts2[off + 2] = c[type].fn;
    }
  }
  const plan = planSlices(n, suite.slices, golden.slices);
  const rows = rowsOfSlices(n, plan.slices.length, plan.membership);
  const dense = rows.map((sliceRows2) => sumCounts2(counts2, T, sliceRows2));
  const slices = plan.slices.map((def, s) => {
    const result = {
      key: def.key,
      kind: def.kind,
      fields: { ...def.fields },
      n: rows[s].length,
      insufficient: rows[s].length < suite.minSupport,
      metrics: denseMetricValues(dense[s], types, suite.metrics),
      stats: statsJson2(dense[s], rows[s].length)
    };
    if (def.kind === "overall") result.per_class = perTypeTable(dense[s], types);
    return result;
  });
  if (suite.labelSlices) {
    types.forEach((type, t) => {
      const support = dense[0].tp[t] + dense[0].fn[t];
      if (support === 0) return;
      slices.push({
        key: `type=${type}`,
        kind: "label",
        fields: { type },
        n: support,
        insufficient: support < suite.minSupport,
        metrics: denseMetricValues(dense[0], types, suite.metrics, type),
        stats: { family: "label-slice", of: "overall", class: t }
      });
    });
  }
  let examples;
  if (suite.storeExamples) {
    const columns = commonColumns2(golden);
    if (T > 0) columns.counts = { ...encodeColumn(counts2, "u32"), width: 3 * T };
    examples = { n, ids: golden.ids, columns };
  }
  const notes = [];
  if (invalid > 0) {
    notes.push(
      `${invalid} predicted tag sequence(s) break the ${scheme} scheme: in strict mode their invalid chunks are not entities (seqeval strict mode).`
    );
  }
  return {
    ...commonSuiteFields(suite, golden, { file: predictions.file, n: predictions.rows.length }, missing),
    task: "spans",
    task_type: format === "offsets" ? "spans-offsets" : "spans-tags",
    definition_fingerprint: sha256(
      canonicalJson({
        definitions: SPAN_DEFINITIONS_VERSION,
        task: suite.task,
        spans: suite.spans,
        fields: [suite.fields.id, goldField, predField],
        missing: suite.missingPredictions,
        // the golden types define the task; a type only a model predicts does not change the definitions
        types: types.filter((t) => goldTypes.has(t))
      })
    ),
    labels: types,
    slices,
    ...notes.length ? { notes } : {},
    ...examples ? { examples } : {}
  };
}
function sumCounts2(counts2, types, rows, weights) {
  const out = emptyDense(types);
  for (let k = 0; k < rows.length; k++) {
    const w = weights ? weights[k] : 1;
    if (w === 0) continue;
    const base = rows[k] * 3 * types;
    for (let t = 0; t < types; t++) {
      out.tp[t] += w * counts2[base + 3 * t];
      out.fp[t] += w * counts2[base + 3 * t + 1];
      out.fn[t] += w * counts2[base + 3 * t + 2];
    }
  }
  return out;
}
function statsJson2(dense, n) {
  return { family: "spans", n, tp: Array.from(dense.tp), fp: Array.from(dense.fp), fn: Array.from(dense.fn) };
}

// src/tasks/spans/resample.ts
var NAMES3 = new Set(SPAN_METRICS.map((d) => d.name));
function spansResamplable(metric, _slice) {
  return NAMES3.has(metric);
}
function focusOf(slice2, types) {
  if (slice2.kind !== "label") return void 0;
  return slice2.stats?.family === "label-slice" ? types[slice2.stats.class] : slice2.fields.type;
}
function pairedSpans(input) {
  const { base, head, baseRows, headRows, metrics } = input;
  const n = headRows.length;
  const focus = focusOf(input.slice, input.headSuite.labels);
  const sides = [
    { table: base, rows: baseRows, types: input.baseSuite.labels },
    { table: head, rows: headRows, types: input.headSuite.labels }
  ];
  const out = new Float64Array(metrics.length * 2);
  const evaluate = (weights) => {
    sides.forEach(({ table, rows, types }, s) => {
      const counts2 = table.columns.get("counts") ?? new Uint32Array(0);
      const dense = sumCounts2(counts2, types.length, rows, weights);
      const v = denseMetricValues(dense, types, metrics, focus);
      metrics.forEach((m, j) => out[s * metrics.length + j] = v[m] ?? NaN);
    });
    return out;
  };
  return {
    units: new Float64Array(n).fill(1),
    rowUnit: Uint32Array.from({ length: n }, (_, i) => i),
    evaluate
  };
}
function unpairedSpans(_input) {
  return null;
}

// src/tasks/spans/family.ts
var spansFamily = {
  metrics: SPAN_METRICS,
  evaluate: (suite) => evaluateSpans(suite),
  resamplable: spansResamplable,
  paired: pairedSpans,
  unpaired: unpairedSpans
};

// src/tasks/families.ts
function classificationReadSpec(suite) {
  return {
    idField: suite.fields.id,
    labelField: suite.fields.label,
    predictionField: suite.fields.prediction,
    scoresField: suite.fields.scores,
    sliceFields: [...new Set(suite.slices.flatMap((s) => typeof s === "string" ? [s] : [...s]))],
    multilabel: suite.multilabel
  };
}
var classification = {
  metrics: CLASSIFICATION_METRICS,
  async evaluate(suite, log3) {
    const progress = new Progress(suite.name, log3);
    const { golden, predictions } = await loadSuiteData(
      suite.golden,
      suite.predictions,
      classificationReadSpec(suite),
      (part) => progress.reporter(part)
    );
    progress.done(golden.n + predictions.n);
    return evaluateClassification(suite, golden, predictions);
  },
  resamplable: classificationResamplable,
  paired: pairedClassification,
  unpaired: unpairedClassification
};
var FAMILIES = {
  classification,
  generation: generationFamily,
  spans: spansFamily,
  scored: scoredFamily
};

// src/compare/examples.ts
function decodeExamples(suite) {
  const ex = suite.examples;
  if (!ex) return null;
  const columns = /* @__PURE__ */ new Map();
  for (const [name, col] of Object.entries(ex.columns)) columns.set(name, decodeColumn(col));
  return { n: ex.n, ids: ex.ids, columns };
}
var MAX_LISTED = 20;
function alignExamples(base, head) {
  const baseRowOf = new Int32Array(head.n).fill(-1);
  const baseGolden = base.columns.get("golden");
  const headGolden = head.columns.get("golden");
  const sameContent = (b, h) => !baseGolden || !headGolden || baseGolden[b] === headGolden[h];
  const added = [];
  const relabelled = [];
  let addedCount = 0;
  let relabelledCount = 0;
  let shared = 0;
  const matchedBase = new Uint8Array(base.n);
  const sameOrder = base.n === head.n && base.ids.every((id, i) => id === head.ids[i]);
  const index = sameOrder ? null : new IdIndex(base.ids, hashIds(base.ids));
  for (let h = 0; h < head.n; h++) {
    const id = head.ids[h];
    const b = index ? index.get(id, hashId(id)) : h;
    if (b < 0) {
      addedCount++;
      if (added.length < MAX_LISTED) added.push(id);
      continue;
    }
    matchedBase[b] = 1;
    if (!sameContent(b, h)) {
      relabelledCount++;
      if (relabelled.length < MAX_LISTED) relabelled.push(id);
      continue;
    }
    baseRowOf[h] = b;
    shared++;
  }
  const removed = [];
  let removedCount = 0;
  for (let b = 0; b < base.n; b++) {
    if (!matchedBase[b]) {
      removedCount++;
      if (removed.length < MAX_LISTED) removed.push(base.ids[b]);
    }
  }
  return {
    baseRowOf,
    shared,
    counts: { added: addedCount, removed: removedCount, relabelled: relabelledCount },
    added,
    removed,
    relabelled
  };
}

// src/compare/compare.ts
function compareResults(base, head, config) {
  const settings = config.comparison;
  const suites = head.suites.map(
    (headSuite) => compareSuite(
      base.suites.find((s) => s.name === headSuite.name) ?? null,
      headSuite,
      config.suites.find((s) => s.name === headSuite.name) ?? null,
      settings,
      base.tool.metric_definitions === head.tool.metric_definitions ? null : `the metric definitions changed (version ${base.tool.metric_definitions} \u2192 ${head.tool.metric_definitions})`
    )
  );
  const verdict = overallVerdict(suites);
  return {
    kind: "evalgate-comparison",
    schema_version: 1,
    tool: { name: "evalgate", version: TOOL_VERSION },
    base: { created_at: base.created_at, git: base.git ?? null, config_fingerprint: base.config_fingerprint },
    head: { created_at: head.created_at, git: head.git ?? null, config_fingerprint: head.config_fingerprint },
    settings: { ...settings },
    verdict,
    summary: summarize2(verdict, suites),
    suites
  };
}
function overallVerdict(suites) {
  const enforced = suites.filter((s) => s.mode === "enforce");
  if (enforced.some((s) => s.verdict === "fail")) return "fail";
  if (enforced.some((s) => s.verdict === "not_comparable")) return "not_comparable";
  if (suites.some((s) => s.verdict === "warn" || s.verdict === "fail")) return "warn";
  return "pass";
}
function summarize2(verdict, suites) {
  const failing = suites.flatMap((s) => s.gates.filter((g) => g.verdict === "fail").map((g) => ({ s, g })));
  const warning = suites.flatMap((s) => s.gates.filter((g) => g.verdict === "warn"));
  switch (verdict) {
    case "fail":
      return `Failed: ${failing.length} gated slice(s) regressed beyond tolerance (${failing.slice(0, 3).map(({ g }) => `${g.metric} on ${g.slice}`).join("; ")}${failing.length > 3 ? "; \u2026" : ""}).`;
    case "not_comparable":
      return `Not comparable: ${suites.filter((s) => s.verdict === "not_comparable").map((s) => `${s.name}: ${s.notes[0] ?? "see notes"}`).join("; ")}.`;
    case "warn": {
      const advisory = suites.filter((s) => s.mode === "advisory" && s.verdict === "fail").length;
      return `Passed with warnings: ${warning.length} warning(s)${advisory ? `, ${advisory} advisory suite(s) would fail` : ""}.`;
    }
    default: {
      const gated = suites.reduce((n, s) => n + s.gates.length, 0);
      return gated ? `Passed: all ${gated} gated slice(s) are within tolerance.` : "Passed: no gates are configured.";
    }
  }
}
function compareSuite(base, head, suiteConfig, settings, definitionsChanged) {
  const family = FAMILIES[head.task];
  const notes = [];
  const mode = suiteConfig?.mode ?? "enforce";
  const gates = suiteConfig?.gates ?? [];
  if (!suiteConfig) notes.push(`the base branch's config has no suite named ${head.name}: nothing is gated`);
  const reasons = notComparableReasons(base, head, definitionsChanged);
  const baseTable = base && reasons.length === 0 ? decodeExamples(base) : null;
  const headTable = base && reasons.length === 0 ? decodeExamples(head) : null;
  const goldenSame = !!base && base.golden.fingerprint === head.golden.fingerprint;
  let alignment = null;
  if (base && reasons.length === 0 && baseTable && headTable) {
    alignment = alignExamples(baseTable, headTable);
    if (!goldenSame) {
      notes.push(
        `the golden set changed (${alignment.counts.added} added, ${alignment.counts.removed} removed, ${alignment.counts.relabelled} relabelled): metrics are compared on the ${alignment.shared} examples both sides share`
      );
    }
  } else if (base && reasons.length === 0 && !goldenSame) {
    reasons.push(
      "the golden set changed and a result has no per-example records to compare the shared examples (store_examples: false)"
    );
  }
  const pairing = !base || reasons.length ? "none" : alignment ? "paired" : "unpaired";
  if (pairing === "unpaired")
    notes.push(
      "a result has no per-example records: intervals are unpaired, from each side's sufficient statistics"
    );
  notes.unshift(...reasons);
  const keys = sliceUnion(base, head);
  const slices = keys.map((key) => {
    const sides = {
      base: base?.slices.find((s) => s.key === key) ?? null,
      head: head.slices.find((s) => s.key === key) ?? null
    };
    return sliceComparison(key, sides, family, base, head, alignment, baseTable, headTable, goldenSame);
  });
  const tests = [];
  for (const gate of gates) {
    for (const key of selectSlices(gate.selector, head, base, suiteConfig?.fields.label ?? "label")) {
      const sides = {
        base: base?.slices.find((s) => s.key === key) ?? null,
        head: head.slices.find((s) => s.key === key) ?? null
      };
      const cmp = slices.find((s) => s.key === key);
      tests.push({
        gate,
        key,
        sides,
        values: cmp?.metrics[gate.metric] ?? null,
        interval: null,
        comparable: reasons.length === 0 && !!base
      });
    }
  }
  const bySlice = /* @__PURE__ */ new Map();
  for (const t of tests) {
    if (!t.comparable || !t.sides.base || !t.sides.head || !t.values || !t.gate.tolerance) continue;
    if (!family.resamplable(t.gate.metric, t.sides.head)) continue;
    if (insufficient(t.sides, head, base)) continue;
    bySlice.set(t.key, [...bySlice.get(t.key) ?? [], t]);
  }
  for (const [key, group] of bySlice) {
    const metrics = [...new Set(group.map((t) => t.gate.metric))];
    const intervals = bootstrapSlice(
      key,
      metrics,
      family,
      base,
      head,
      alignment,
      baseTable,
      headTable,
      pairing,
      settings
    );
    if (!intervals) continue;
    for (const t of group) t.interval = intervals.get(t.gate.metric) ?? null;
  }
  const gateResults = decideGates(tests, {
    settings,
    minSupport: head.min_support,
    baseMinSupport: base?.min_support ?? head.min_support
  });
  let verdict = "pass";
  if (gateResults.some((g) => g.verdict === "fail")) verdict = "fail";
  else if (reasons.length && gates.length) verdict = "not_comparable";
  else if (gateResults.some((g) => g.verdict === "warn")) verdict = "warn";
  const golden = {
    same: goldenSame,
    base_n: base?.golden.n ?? 0,
    head_n: head.golden.n,
    shared: alignment ? alignment.shared : goldenSame ? head.golden.n : 0,
    added: alignment?.counts.added ?? 0,
    removed: alignment?.counts.removed ?? 0,
    relabelled: alignment?.counts.relabelled ?? 0
  };
  if (alignment && !goldenSame)
    golden.examples = {
      added: alignment.added,
      removed: alignment.removed,
      relabelled: alignment.relabelled
    };
  if (!base) notes.unshift(`no baseline result for suite ${head.name}`);
  notes.push(...head.notes ?? []);
  if (head.flaky?.count) {
    const ids = head.flaky.examples.slice(0, 10).map((e) => `${e.id} (${e.passes}/${e.runs} pass)`);
    notes.push(
      `${head.flaky.count} of ${head.flaky.repeated} repeated examples flip verdict across runs (flaky): ${ids.join(", ")}${head.flaky.count > ids.length ? ", \u2026" : ""}`
    );
  }
  return {
    name: head.name,
    task: head.task,
    mode,
    verdict,
    comparable: reasons.length === 0 && !!base,
    notes,
    pairing,
    golden,
    slices,
    gates: gateResults
  };
}
function notComparableReasons(base, head, definitionsChanged) {
  if (!base) return [];
  const reasons = [];
  if (definitionsChanged) reasons.push(definitionsChanged);
  if (base.task !== head.task) reasons.push(`the task changed (${base.task} \u2192 ${head.task})`);
  else if (base.definition_fingerprint !== head.definition_fingerprint) {
    const added = head.labels.filter((l) => !base.labels.includes(l));
    const removed = base.labels.filter((l) => !head.labels.includes(l));
    if (added.length || removed.length) {
      reasons.push(
        `the label set changed (${[...added.map((l) => `+${l}`), ...removed.map((l) => `\u2212${l}`)].join(", ")})`
      );
    } else if (base.task_type !== head.task_type)
      reasons.push(`the task type changed (${base.task_type} \u2192 ${head.task_type})`);
    else
      reasons.push(
        "the metric options changed (fields, labels order, positive label, top_k, ece_bins or missing-prediction policy)"
      );
  }
  return reasons;
}
function sliceUnion(base, head) {
  const keys = head.slices.map((s) => s.key);
  for (const s of base?.slices ?? []) if (!keys.includes(s.key)) keys.push(s.key);
  return keys;
}
function insufficient(sides, head, base) {
  return (sides.head?.n ?? 0) < head.min_support || (sides.base?.n ?? 0) < base.min_support;
}
function sliceRows(table, suite, slice2) {
  if (slice2.kind === "overall" || slice2.kind === "label")
    return Int32Array.from({ length: table.n }, (_, i) => i);
  const conditions = Object.entries(slice2.fields).map(([field, value]) => {
    const col = table.columns.get(`field.${field}`);
    const code = suite.slice_values?.[field]?.indexOf(value) ?? -1;
    return { col, code };
  });
  if (conditions.some((c) => !c.col || c.code < 0)) return new Int32Array(0);
  const rows = [];
  for (let i = 0; i < table.n; i++) if (conditions.every((c) => c.col[i] === c.code)) rows.push(i);
  return Int32Array.from(rows);
}
function pairedRows(alignment, headTable, head, slice2) {
  const headAll = sliceRows(headTable, head, slice2);
  const keep = [];
  for (const h of headAll) if (alignment.baseRowOf[h] >= 0) keep.push(h);
  const headRows = Int32Array.from(keep);
  return { headRows, baseRows: Int32Array.from(keep, (h) => alignment.baseRowOf[h]) };
}
function sliceComparison(key, sides, family, base, head, alignment, baseTable, headTable, goldenSame) {
  const any = sides.head ?? sides.base;
  const names = [
    .../* @__PURE__ */ new Set([...Object.keys(sides.head?.metrics ?? {}), ...Object.keys(sides.base?.metrics ?? {})])
  ].filter((m) => !metricDef(m)?.table);
  let baseValues = sides.base?.metrics ?? {};
  let headValues = sides.head?.metrics ?? {};
  if (!goldenSame && alignment && sides.base && sides.head && baseTable && headTable && base) {
    const resamplable = names.filter((m) => family.resamplable(m, sides.head));
    const { baseRows, headRows } = pairedRows(alignment, headTable, head, sides.head);
    if (headRows.length > 0 && resamplable.length) {
      const problem = family.paired({
        baseSuite: base,
        headSuite: head,
        slice: sides.head,
        metrics: resamplable,
        base: baseTable,
        head: headTable,
        baseRows,
        headRows
      });
      const v = problem.evaluate(problem.units);
      baseValues = {};
      headValues = {};
      resamplable.forEach((m, j) => {
        baseValues[m] = finite(v[j]);
        headValues[m] = finite(v[resamplable.length + j]);
      });
    } else {
      baseValues = {};
      headValues = {};
    }
  }
  const metrics = {};
  for (const m of names) {
    const b = baseValues[m] ?? null;
    const h = headValues[m] ?? null;
    const delta = b !== null && h !== null ? h - b : null;
    metrics[m] = {
      base: b,
      head: h,
      delta,
      relative: delta !== null && b !== 0 && b !== null ? delta / Math.abs(b) : null
    };
  }
  return { key, kind: any.kind, base_n: sides.base?.n ?? null, head_n: sides.head?.n ?? null, metrics };
}
var finite = (v) => Number.isFinite(v) ? v : null;
function bootstrapSlice(key, metrics, family, base, head, alignment, baseTable, headTable, pairing, settings) {
  const headSlice = head.slices.find((s) => s.key === key);
  const baseSlice = base.slices.find((s) => s.key === key);
  let deltas;
  let points;
  if (pairing === "paired" && alignment && baseTable && headTable) {
    const { baseRows, headRows } = pairedRows(alignment, headTable, head, headSlice);
    if (headRows.length === 0) return null;
    const problem = family.paired({
      baseSuite: base,
      headSuite: head,
      slice: headSlice,
      metrics,
      base: baseTable,
      head: headTable,
      baseRows,
      headRows
    });
    const result = pairedBootstrap({
      units: problem.units,
      rowUnit: problem.rowUnit,
      evaluate: problem.evaluate,
      resamples: settings.resamples,
      seed: settings.seed,
      sliceName: key,
      method: settings.method === "rows" ? "hash32-rows" : "multinomial"
    });
    const m = metrics.length;
    deltas = metrics.map((_, j) => result.samples[m + j].map((hv, b) => hv - result.samples[j][b]));
    points = Float64Array.from(metrics, (_, j) => result.point[m + j] - result.point[j]);
  } else if (pairing === "unpaired") {
    const problems = family.unpaired({
      baseSuite: base,
      headSuite: head,
      base: baseSlice,
      head: headSlice,
      metrics
    });
    if (!problems) return null;
    ({ deltas, points } = unpairedBootstrap(key, metrics.length, problems, settings));
  } else return null;
  const out = /* @__PURE__ */ new Map();
  metrics.forEach((metric, j) => {
    const s = summarizeDelta(deltas[j], points[j], settings.confidence);
    const lowerIsBetter = metricDef(metric)?.direction === "lower";
    const pWorse = lowerIsBetter ? summarizeDelta(
      deltas[j].map((d) => -d),
      -points[j],
      settings.confidence
    ).pValue : s.pValue;
    out.set(metric, { low: s.ciLow, high: s.ciHigh, se: s.bootSe, pWorse });
  });
  return out;
}
function unpairedBootstrap(key, m, problems, settings) {
  const sides = [problems.base, problems.head].map((p2) => ({
    p: p2,
    n: p2.units.reduce((a, b) => a + b, 0),
    order: unitOrderLargestFirst(p2.units)
  }));
  const pointB = Float64Array.from(problems.base.evaluate(problems.base.units));
  const pointH = Float64Array.from(problems.head.evaluate(problems.head.units));
  const points = Float64Array.from({ length: m }, (_, j) => pointH[m + j] - pointB[j]);
  const deltas = Array.from({ length: m }, () => new Float64Array(settings.resamples));
  for (let b = 0; b < settings.resamples; b++) {
    const wb = multinomialWeights(
      sides[0].p.units,
      sides[0].n,
      resampleUniform(settings.seed, `${key}#base`, b),
      sides[0].order
    );
    const vb = Float64Array.from(sides[0].p.evaluate(wb));
    const wh = multinomialWeights(
      sides[1].p.units,
      sides[1].n,
      resampleUniform(settings.seed, `${key}#head`, b),
      sides[1].order
    );
    const vh = sides[1].p.evaluate(wh);
    for (let j = 0; j < m; j++) deltas[j][b] = vh[m + j] - vb[j];
  }
  return { deltas, points };
}

// schema/comparison.schema.json
var comparison_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://evalgate.dev/schema/comparison.schema.json",
  title: "Comparison",
  description: "An evalgate comparison of a head result with a baseline result: per-slice deltas, bootstrap intervals for gated metrics, and gate verdicts with reasons. Deterministic: the same inputs give byte-identical files.",
  type: "object",
  additionalProperties: false,
  required: ["kind", "schema_version", "tool", "base", "head", "settings", "verdict", "summary", "suites"],
  properties: {
    $schema: { type: "string" },
    kind: { const: "evalgate-comparison" },
    schema_version: { const: 1 },
    tool: {
      type: "object",
      additionalProperties: false,
      required: ["name", "version"],
      properties: { name: { const: "evalgate" }, version: { type: "string" } }
    },
    base: { $ref: "#/$defs/side" },
    head: { $ref: "#/$defs/side" },
    settings: {
      type: "object",
      additionalProperties: false,
      required: ["resamples", "confidence", "seed", "method", "correction"],
      properties: {
        resamples: { type: "integer" },
        confidence: { type: "number" },
        seed: { type: "integer" },
        method: { enum: ["multinomial", "rows"] },
        correction: { enum: ["holm", "bh", "none"] }
      }
    },
    verdict: { $ref: "#/$defs/suiteVerdict", description: "Overall: fail if any enforced suite fails, else warn if any gate warns, else pass." },
    summary: { type: "string", description: "The overall verdict in one sentence." },
    suites: { type: "array", items: { $ref: "#/$defs/suiteComparison" } }
  },
  $defs: {
    side: {
      type: "object",
      additionalProperties: false,
      required: ["created_at", "git", "config_fingerprint"],
      properties: {
        created_at: { type: "string" },
        git: { type: ["object", "null"], additionalProperties: false, required: ["sha"], properties: { sha: { type: "string" }, ref: { type: ["string", "null"] } } },
        config_fingerprint: { type: "string" }
      }
    },
    suiteVerdict: { enum: ["pass", "warn", "fail", "not_comparable"] },
    verdict: { enum: ["pass", "warn", "fail", "insufficient_data", "not_comparable", "new_slice", "missing_slice"] },
    suiteComparison: {
      title: "SuiteComparison",
      type: "object",
      additionalProperties: false,
      required: ["name", "task", "mode", "verdict", "comparable", "notes", "pairing", "golden", "slices", "gates"],
      properties: {
        name: { type: "string" },
        task: { type: "string" },
        mode: { enum: ["enforce", "advisory"] },
        verdict: { $ref: "#/$defs/suiteVerdict" },
        comparable: { type: "boolean" },
        notes: { type: "array", items: { type: "string" }, description: "Why the suite is not comparable, or what the comparison had to do (golden set changed, unpaired fallback\u2026), in words." },
        pairing: { enum: ["paired", "unpaired", "none"], description: "paired: examples matched by id on both sides; unpaired: intervals from each side's sufficient statistics; none: no intervals." },
        golden: {
          type: "object",
          additionalProperties: false,
          required: ["same", "base_n", "head_n", "shared", "added", "removed", "relabelled"],
          properties: {
            same: { type: "boolean" },
            base_n: { type: "integer" },
            head_n: { type: "integer" },
            shared: { type: "integer", description: "Examples compared: same id and same golden content on both sides." },
            added: { type: "integer" },
            removed: { type: "integer" },
            relabelled: { type: "integer" },
            examples: {
              type: "object",
              additionalProperties: false,
              properties: {
                added: { type: "array", items: { type: "string" } },
                removed: { type: "array", items: { type: "string" } },
                relabelled: { type: "array", items: { type: "string" } }
              }
            }
          }
        },
        slices: { type: "array", items: { $ref: "#/$defs/sliceComparison" } },
        gates: { type: "array", items: { $ref: "#/$defs/gateResult" } }
      }
    },
    sliceComparison: {
      title: "SliceComparison",
      type: "object",
      additionalProperties: false,
      required: ["key", "kind", "base_n", "head_n", "metrics"],
      properties: {
        key: { type: "string" },
        kind: { enum: ["overall", "field", "cross", "label"] },
        base_n: { type: ["integer", "null"] },
        head_n: { type: ["integer", "null"] },
        metrics: {
          type: "object",
          additionalProperties: {
            type: "object",
            additionalProperties: false,
            required: ["base", "head", "delta", "relative"],
            properties: {
              base: { type: ["number", "null"] },
              head: { type: ["number", "null"] },
              delta: { type: ["number", "null"], description: "head \u2212 base." },
              relative: { type: ["number", "null"], description: "(head \u2212 base) / |base|." }
            }
          }
        }
      }
    },
    gateResult: {
      title: "GateResult",
      type: "object",
      additionalProperties: false,
      required: ["gate", "metric", "rule", "severity", "slice", "verdict", "reason", "base", "head", "delta", "worsening", "tolerance", "ci", "p_value", "p_adjusted", "significant", "beyond_tolerance", "base_n", "head_n"],
      properties: {
        gate: { type: "integer", description: "Index in the suite's gates list." },
        metric: { type: "string" },
        rule: { type: "string", description: "The gate in words." },
        severity: { enum: ["fail", "warn"] },
        slice: { type: "string" },
        verdict: { $ref: "#/$defs/verdict" },
        reason: { type: "string" },
        base: { type: ["number", "null"] },
        head: { type: ["number", "null"] },
        delta: { type: ["number", "null"] },
        worsening: { type: ["number", "null"], description: "How much worse head is, in the metric's scale (base \u2212 head for higher-is-better)." },
        tolerance: { type: ["number", "null"], description: "Allowed worsening in the metric's scale (relative tolerances resolved against base)." },
        ci: { type: ["array", "null"], items: { type: "number" }, minItems: 2, maxItems: 2, description: "Confidence interval of delta (head \u2212 base)." },
        p_value: { type: ["number", "null"], description: "One-sided p-value of 'head is worse', from the bootstrap standard error." },
        p_adjusted: { type: ["number", "null"], description: "After correction across the suite's gated slices." },
        significant: { type: ["boolean", "null"] },
        beyond_tolerance: { type: ["boolean", "null"] },
        base_n: { type: ["integer", "null"] },
        head_n: { type: ["integer", "null"] }
      }
    }
  }
};

// src/config/schema-validate.ts
var import__ = __toESM(require__(), 1);
var import_ajv_formats = __toESM(require_dist(), 1);
var addFormats = import_ajv_formats.default.default;
var ajv = new import__.Ajv2020({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
addFormats(ajv);
var cache = /* @__PURE__ */ new Map();
function validatorFor(schema) {
  const id = schema.$id ?? JSON.stringify(schema);
  let validate = cache.get(id);
  if (!validate) {
    validate = ajv.compile(schema);
    cache.set(id, validate);
  }
  return validate;
}
function pointerToPath(pointer) {
  if (!pointer) return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s);
}
function pathToString(path) {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else out += out ? `.${seg}` : seg;
  }
  return out || "(top level)";
}
function primaryError(errors) {
  const bonus = { anyOf: 0, oneOf: 0, if: 0, required: 4, additionalProperties: 6 };
  const weight = (e) => pointerToPath(e.instancePath).length * 10 + (bonus[e.keyword] ?? 5);
  return [...errors].sort((a, b) => weight(b) - weight(a))[0];
}
function describeSchemaError(error, value) {
  const p2 = error.params;
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(p2.additionalProperty);
      const allowed = Object.keys(error.parentSchema?.properties ?? {});
      const hint = didYouMean(key, allowed);
      return `unknown key ${JSON.stringify(key)}${hint ? ` (did you mean ${JSON.stringify(hint)}?)` : ""}; allowed: ${allowed.join(", ")}`;
    }
    case "required":
      return `missing required key ${JSON.stringify(p2.missingProperty)}`;
    case "enum":
      return `expected one of ${p2.allowedValues.map((v) => JSON.stringify(v)).join(", ")}, got ${JSON.stringify(value)}${enumHint(value, p2.allowedValues)}`;
    case "const":
      return `expected ${JSON.stringify(p2.allowedValue)}, got ${JSON.stringify(value)}`;
    case "type":
      return `expected ${String(p2.type).replace(",", " or ")}, got ${typeName(value)}`;
    case "pattern":
      return `${JSON.stringify(value)} does not match the expected form ${String(p2.pattern)}`;
    case "minItems":
      return `expected at least ${String(p2.limit)} item(s)`;
    case "maxItems":
      return `expected at most ${String(p2.limit)} item(s)`;
    case "uniqueItems":
      return `items must be unique (items ${String(p2.j)} and ${String(p2.i)} are the same)`;
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return `expected a number ${String(p2.comparison)} ${String(p2.limit)}, got ${JSON.stringify(value)}`;
    case "minLength":
      return "expected a non-empty string";
    case "maxLength":
      return `expected at most ${String(p2.limit)} characters`;
    case "anyOf":
    case "oneOf":
      return `expected ${error.parentSchema?.description ?? "one of the allowed forms"}, got ${typeName(value)}`;
    default:
      return error.message ?? "invalid value";
  }
}
function enumHint(value, allowed) {
  if (typeof value !== "string") return "";
  const hint = didYouMean(
    value,
    allowed.filter((a) => typeof a === "string")
  );
  return hint ? ` (did you mean ${JSON.stringify(hint)}?)` : "";
}
function typeName(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  return `${typeof value} ${JSON.stringify(value)}`;
}
function didYouMean(word, candidates) {
  let best;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best !== void 0 && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : void 0;
}
function editDistance(a, b) {
  const prev = new Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}

// src/result/io.ts
import { open as open2, readFile, rename, rm, stat as stat3 } from "node:fs/promises";
import { dirname, basename, join } from "node:path";

// schema/result.schema.json
var result_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://evalgate.dev/schema/result.schema.json",
  title: "EvalgateResult",
  description: "An evalgate result artifact: per-suite, per-slice metrics with their mergeable sufficient statistics and compact per-example records for paired comparison.",
  type: "object",
  additionalProperties: false,
  required: [
    "kind",
    "schema_version",
    "tool",
    "created_at",
    "config_fingerprint",
    "suites"
  ],
  properties: {
    $schema: {
      type: "string"
    },
    kind: {
      const: "evalgate-result"
    },
    schema_version: {
      const: 1
    },
    tool: {
      type: "object",
      additionalProperties: false,
      required: [
        "name",
        "version",
        "metric_definitions"
      ],
      properties: {
        name: {
          const: "evalgate"
        },
        version: {
          type: "string"
        },
        metric_definitions: {
          type: "integer",
          minimum: 1,
          description: "Version of the metric definitions; results with different versions are not comparable."
        }
      }
    },
    created_at: {
      type: "string",
      format: "date-time"
    },
    git: {
      type: [
        "object",
        "null"
      ],
      additionalProperties: false,
      required: [
        "sha"
      ],
      properties: {
        sha: {
          type: "string"
        },
        ref: {
          type: [
            "string",
            "null"
          ]
        }
      }
    },
    config_fingerprint: {
      type: "string",
      pattern: "^sha256:[0-9a-f]{64}$"
    },
    suites: {
      type: "array",
      items: {
        $ref: "#/$defs/suiteResult"
      }
    }
  },
  $defs: {
    suiteResult: {
      title: "SuiteResult",
      type: "object",
      additionalProperties: false,
      required: [
        "name",
        "task",
        "task_type",
        "definition_fingerprint",
        "golden",
        "predictions",
        "labels",
        "min_support",
        "metrics",
        "slices"
      ],
      properties: {
        name: {
          type: "string"
        },
        task: {
          enum: [
            "classification",
            "generation",
            "spans",
            "scored"
          ]
        },
        task_type: {
          enum: [
            "binary",
            "multiclass",
            "multilabel",
            "generation",
            "spans-tags",
            "spans-offsets",
            "judged"
          ]
        },
        definition_fingerprint: {
          type: "string",
          pattern: "^sha256:[0-9a-f]{64}$",
          description: "Hash of everything that defines the metrics (task, fields, labels, options, metric-definition version). Equal fingerprints mean the numbers are comparable."
        },
        golden: {
          type: "object",
          additionalProperties: false,
          required: [
            "path",
            "n",
            "fingerprint"
          ],
          properties: {
            path: {
              type: "string"
            },
            n: {
              type: "integer",
              minimum: 0
            },
            fingerprint: {
              type: "string",
              pattern: "^sha256:[0-9a-f]{64}$",
              description: "Order-independent hash of the records as loaded (id, label, slice fields)."
            }
          }
        },
        predictions: {
          type: "object",
          additionalProperties: false,
          required: [
            "path",
            "n",
            "matched",
            "missing",
            "coverage"
          ],
          properties: {
            path: {
              type: "string"
            },
            n: {
              type: "integer",
              minimum: 0
            },
            matched: {
              type: "integer",
              minimum: 0
            },
            missing: {
              type: "integer",
              minimum: 0,
              description: "Golden examples without a prediction (counted as wrong)."
            },
            coverage: {
              type: "number",
              minimum: 0,
              maximum: 1
            }
          }
        },
        labels: {
          type: "array",
          items: {
            type: "string"
          }
        },
        positive_label: {
          type: [
            "string",
            "null"
          ]
        },
        min_support: {
          type: "integer",
          minimum: 1
        },
        metrics: {
          type: "array",
          items: {
            type: "string"
          }
        },
        slice_fields: {
          type: "array",
          items: {
            anyOf: [
              {
                type: "string"
              },
              {
                type: "array",
                items: {
                  type: "string"
                }
              }
            ]
          }
        },
        slices: {
          type: "array",
          items: {
            $ref: "#/$defs/sliceResult"
          }
        },
        examples: {
          $ref: "#/$defs/examples"
        },
        slice_values: {
          type: "object",
          additionalProperties: {
            type: "array",
            items: {
              type: "string"
            }
          },
          description: "For each slice field, its values in the order of the field.<name> example column's codes."
        },
        notes: {
          type: "array",
          items: {
            type: "string"
          },
          description: "Things the reader should know about this evaluation (policies applied, e.g. invalid predicted tag sequences)."
        },
        flaky: {
          $ref: "#/$defs/flaky"
        }
      }
    },
    flaky: {
      title: "FlakyExamples",
      type: "object",
      additionalProperties: false,
      required: [
        "count",
        "repeated",
        "examples"
      ],
      description: "task: scored. Examples whose verdict differs across runs (some runs pass, some fail).",
      properties: {
        count: {
          type: "integer",
          minimum: 0
        },
        repeated: {
          type: "integer",
          minimum: 0,
          description: "Examples with a verdict on two or more runs."
        },
        examples: {
          type: "array",
          description: "Up to 50 flaky examples, closest to a coin flip first.",
          items: {
            type: "object",
            additionalProperties: false,
            required: [
              "id",
              "runs",
              "passes",
              "mean_score",
              "spread"
            ],
            properties: {
              id: {
                type: "string"
              },
              runs: {
                type: "integer",
                minimum: 1
              },
              passes: {
                type: "integer",
                minimum: 0
              },
              mean_score: {
                type: [
                  "number",
                  "null"
                ]
              },
              spread: {
                type: [
                  "number",
                  "null"
                ],
                description: "Sample standard deviation of the run scores (null with one scored run)."
              }
            }
          }
        }
      }
    },
    sliceResult: {
      title: "SliceResult",
      type: "object",
      additionalProperties: false,
      required: [
        "key",
        "kind",
        "fields",
        "n",
        "insufficient",
        "metrics"
      ],
      properties: {
        key: {
          type: "string"
        },
        kind: {
          enum: [
            "overall",
            "field",
            "cross",
            "label"
          ]
        },
        fields: {
          type: "object",
          additionalProperties: {
            type: "string"
          }
        },
        n: {
          type: "integer",
          minimum: 0,
          description: "Examples in the slice (label slices: the class's true support)."
        },
        insufficient: {
          type: "boolean",
          description: "n is below min_support: reported, never gated."
        },
        metrics: {
          type: "object",
          additionalProperties: {
            type: [
              "number",
              "null"
            ]
          }
        },
        per_class: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: [
              "label",
              "precision",
              "recall",
              "f1",
              "support"
            ],
            properties: {
              label: {
                type: "string"
              },
              precision: {
                type: "number"
              },
              recall: {
                type: "number"
              },
              f1: {
                type: "number"
              },
              support: {
                type: "number"
              }
            }
          }
        },
        confusion_matrix: {
          type: "array",
          items: {
            type: "array",
            items: {
              type: "number"
            }
          }
        },
        stats: {
          $ref: "#/$defs/stats"
        }
      }
    },
    stats: {
      title: "SliceStats",
      description: "Sufficient statistics; every numeric field merges across shards by addition.",
      anyOf: [
        {
          $ref: "#/$defs/singleLabelStats"
        },
        {
          $ref: "#/$defs/multilabelStats"
        },
        {
          $ref: "#/$defs/labelSliceStats"
        },
        {
          $ref: "#/$defs/generationStats"
        },
        {
          $ref: "#/$defs/spanStats"
        },
        {
          $ref: "#/$defs/scoredStats"
        }
      ]
    },
    generationStats: {
      title: "GenerationStatsJson",
      type: "object",
      additionalProperties: false,
      required: [
        "family",
        "n",
        "squad_em_sum",
        "squad_f1_sum",
        "rouge1_sum",
        "rouge2_sum",
        "rougeL_sum",
        "bleu",
        "chrf"
      ],
      description: "Sums over the slice's examples: SQuAD EM/F1 and ROUGE F-measures per example, BLEU and chrF n-gram counts (corpus metrics are computed from the sums).",
      properties: {
        family: {
          const: "generation"
        },
        n: {
          type: "number"
        },
        squad_em_sum: {
          type: "number"
        },
        squad_f1_sum: {
          type: "number"
        },
        rouge1_sum: {
          type: "number"
        },
        rouge2_sum: {
          type: "number"
        },
        rougeL_sum: {
          type: "number"
        },
        bleu: {
          type: "object",
          additionalProperties: false,
          required: [
            "hyp_length",
            "ref_length",
            "matches",
            "totals"
          ],
          properties: {
            hyp_length: {
              type: "number"
            },
            ref_length: {
              type: "number"
            },
            matches: {
              type: "array",
              items: {
                type: "number"
              }
            },
            totals: {
              type: "array",
              items: {
                type: "number"
              }
            }
          }
        },
        chrf: {
          type: "object",
          additionalProperties: false,
          required: [
            "hyp_counts",
            "ref_counts",
            "matches"
          ],
          properties: {
            hyp_counts: {
              type: "array",
              items: {
                type: "number"
              }
            },
            ref_counts: {
              type: "array",
              items: {
                type: "number"
              }
            },
            matches: {
              type: "array",
              items: {
                type: "number"
              }
            }
          }
        }
      }
    },
    spanStats: {
      title: "SpanStatsJson",
      type: "object",
      additionalProperties: false,
      required: [
        "family",
        "n",
        "tp",
        "fp",
        "fn"
      ],
      description: "Entity counts per type (in the suite's labels order), summed over the slice's sentences.",
      properties: {
        family: {
          const: "spans"
        },
        n: {
          type: "number"
        },
        tp: {
          type: "array",
          items: {
            type: "number"
          }
        },
        fp: {
          type: "array",
          items: {
            type: "number"
          }
        },
        fn: {
          type: "array",
          items: {
            type: "number"
          }
        }
      }
    },
    scoredStats: {
      title: "ScoredStatsJson",
      type: "object",
      additionalProperties: false,
      required: [
        "family",
        "n",
        "runs",
        "scored",
        "score_sum",
        "judged",
        "pass_sum",
        "flaky",
        "score_values",
        "score_counts"
      ],
      description: "Per-example means over runs, summed: score_sum over the examples with a score, pass_sum (pass fraction) over the examples with a verdict; score_values/score_counts: the distinct per-example mean scores and how many examples have each (for quantiles; merge by adding counts of equal values).",
      properties: {
        family: {
          const: "scored"
        },
        n: {
          type: "number"
        },
        runs: {
          type: "number"
        },
        scored: {
          type: "number"
        },
        score_sum: {
          type: "number"
        },
        judged: {
          type: "number"
        },
        pass_sum: {
          type: "number"
        },
        flaky: {
          type: "number"
        },
        score_values: {
          type: "array",
          items: {
            type: "number"
          }
        },
        score_counts: {
          type: "array",
          items: {
            type: "number"
          }
        }
      }
    },
    singleLabelStats: {
      title: "SingleLabelStatsJson",
      type: "object",
      additionalProperties: false,
      required: [
        "family",
        "k",
        "n",
        "confusion"
      ],
      properties: {
        family: {
          const: "classification"
        },
        k: {
          type: "integer",
          minimum: 1
        },
        n: {
          type: "number"
        },
        confusion: {
          type: "array",
          items: {
            type: "number"
          },
          description: "k \xD7 (k+1) row-major; row = true class, last column = no prediction."
        },
        scored: {
          type: "object",
          additionalProperties: false,
          required: [
            "n",
            "bin_count",
            "bin_confidence",
            "bin_correct",
            "brier_sum",
            "log_loss_sum",
            "top_k_hits"
          ],
          properties: {
            n: {
              type: "number"
            },
            bin_count: {
              type: "array",
              items: {
                type: "number"
              }
            },
            bin_confidence: {
              type: "array",
              items: {
                type: "number"
              }
            },
            bin_correct: {
              type: "array",
              items: {
                type: "number"
              }
            },
            brier_sum: {
              type: "number"
            },
            log_loss_sum: {
              type: "number"
            },
            top_k_hits: {
              type: "number"
            },
            ranking: {
              type: "array",
              items: {
                type: "object",
                additionalProperties: false,
                required: [
                  "scores",
                  "positives",
                  "negatives"
                ],
                properties: {
                  scores: {
                    type: "array",
                    items: {
                      type: "number"
                    }
                  },
                  positives: {
                    type: "array",
                    items: {
                      type: "number"
                    }
                  },
                  negatives: {
                    type: "array",
                    items: {
                      type: "number"
                    }
                  }
                }
              }
            }
          }
        }
      }
    },
    multilabelStats: {
      title: "MultilabelStatsJson",
      type: "object",
      additionalProperties: false,
      required: [
        "family",
        "k",
        "n",
        "exact",
        "tp",
        "fp",
        "fn",
        "samples_precision_sum",
        "samples_recall_sum",
        "samples_f1_sum"
      ],
      properties: {
        family: {
          const: "classification-multilabel"
        },
        k: {
          type: "integer",
          minimum: 1
        },
        n: {
          type: "number"
        },
        exact: {
          type: "number"
        },
        tp: {
          type: "array",
          items: {
            type: "number"
          }
        },
        fp: {
          type: "array",
          items: {
            type: "number"
          }
        },
        fn: {
          type: "array",
          items: {
            type: "number"
          }
        },
        samples_precision_sum: {
          type: "number"
        },
        samples_recall_sum: {
          type: "number"
        },
        samples_f1_sum: {
          type: "number"
        }
      }
    },
    labelSliceStats: {
      title: "LabelSliceStatsJson",
      type: "object",
      additionalProperties: false,
      required: [
        "family",
        "of",
        "class"
      ],
      description: "A label slice's metrics are one-vs-rest metrics of one class computed from another slice's statistics.",
      properties: {
        family: {
          const: "label-slice"
        },
        of: {
          type: "string"
        },
        class: {
          type: "integer",
          minimum: 0
        }
      }
    },
    examples: {
      title: "ExampleRecords",
      type: "object",
      additionalProperties: false,
      required: [
        "n",
        "ids",
        "columns"
      ],
      description: "Compact per-example records in golden-file order, for paired comparison. Columns: truth, pred (class indices, -1 = no prediction), golden (u32 hash of the example's golden content, to detect relabelled examples), field.<name> (code of the example's value in slice_values[name]), and per-example metric terms (confidence, brier, log_loss) when those metrics are computed.",
      properties: {
        n: {
          type: "integer",
          minimum: 0
        },
        ids: {
          type: "array",
          items: {
            type: "string"
          }
        },
        columns: {
          type: "object",
          additionalProperties: {
            type: "object",
            additionalProperties: false,
            required: [
              "dtype",
              "data"
            ],
            properties: {
              dtype: {
                enum: [
                  "u8",
                  "u16",
                  "u32",
                  "i16",
                  "i32",
                  "f32",
                  "f64"
                ]
              },
              width: {
                type: "integer",
                minimum: 1,
                description: "Values per example (default 1)."
              },
              data: {
                type: "string",
                contentEncoding: "base64"
              }
            }
          }
        }
      }
    }
  }
};

// src/result/io.ts
var MAX_RESULT_BYTES = 512 * 1024 * 1024;
function validateResult(value, file) {
  const validate = validatorFor(result_schema_default);
  if (!validate(value)) {
    const error = primaryError(validate.errors ?? []);
    const path = pointerToPath(error.instancePath);
    throw new InputError({
      file,
      field: pathToString(path),
      message: `not a valid evalgate result: ${describeSchemaError(error, error.data)}`
    });
  }
}
async function writeFileAtomic(path, content) {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const handle = await open2(tmp, "w");
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw new InputError({ file: path, message: `cannot write the file (${describeFsError(error)})` });
  }
}
async function writeResult(path, result) {
  validateResult(result, path);
  await writeFileAtomic(path, JSON.stringify(result));
}
async function readResult(path, display = path) {
  let size;
  try {
    size = (await stat3(path)).size;
  } catch (error) {
    throw new InputError({ file: display, message: `cannot read the result (${describeFsError(error)})` });
  }
  if (size > MAX_RESULT_BYTES) {
    throw new InputError({
      file: display,
      message: `the result is ${size} bytes; the limit is ${MAX_RESULT_BYTES}`
    });
  }
  return parseResult(await readFile(path, "utf8"), display);
}
function parseResult(text, display) {
  let value;
  try {
    value = JSON.parse(text.charCodeAt(0) === 65279 ? text.slice(1) : text);
  } catch (error) {
    throw new InputError({
      file: display,
      message: `not valid JSON (${error instanceof Error ? error.message : String(error)})`
    });
  }
  if (value && typeof value === "object" && value.kind === "evalgate-result") {
    const version = value.schema_version;
    if (version !== 1) {
      throw new InputError({
        file: display,
        field: "schema_version",
        message: `this evalgate reads result schema version 1, got ${JSON.stringify(version)}`
      });
    }
  }
  validateResult(value, display);
  return value;
}

// src/compare/io.ts
function validateComparison(value, file) {
  const validate = validatorFor(comparison_schema_default);
  if (!validate(value)) {
    const error = primaryError(validate.errors ?? []);
    throw new InputError({
      file,
      field: pathToString(pointerToPath(error.instancePath)),
      message: `not a valid evalgate comparison: ${describeSchemaError(error, error.data)}`
    });
  }
}
function comparisonJson(comparison) {
  return `${JSON.stringify(comparison, null, 2)}
`;
}
async function writeComparison(path, comparison) {
  validateComparison(comparison, path);
  await writeFileAtomic(path, comparisonJson(comparison));
}

// src/config/load.ts
var import_yaml = __toESM(require_dist2(), 1);
import { readFile as readFile2 } from "node:fs/promises";
import { basename as basename2, dirname as dirname2, isAbsolute, relative, resolve } from "node:path";

// schema/evalgate.schema.json
var evalgate_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://evalgate.dev/schema/evalgate.schema.json",
  title: "EvalgateConfig",
  description: "evalgate configuration (.github/evalgate.yml), version 1.",
  type: "object",
  additionalProperties: false,
  required: [
    "version",
    "suites"
  ],
  properties: {
    $schema: {
      type: "string"
    },
    version: {
      const: 1,
      description: "Config format version. Always 1."
    },
    suites: {
      type: "array",
      minItems: 1,
      items: {
        $ref: "#/$defs/suite"
      },
      description: "The evaluation suites: one golden set and one predictions file each."
    },
    comparison: {
      $ref: "#/$defs/comparison"
    }
  },
  $defs: {
    suite: {
      title: "SuiteConfig",
      type: "object",
      additionalProperties: false,
      required: [
        "name",
        "task",
        "golden",
        "predictions"
      ],
      properties: {
        name: {
          type: "string",
          pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
          maxLength: 64,
          description: "Unique suite name: letters, digits, '_', '.', '-'."
        },
        task: {
          enum: [
            "classification",
            "generation",
            "spans",
            "scored"
          ],
          description: "Task family of the suite."
        },
        golden: {
          type: "string",
          minLength: 1,
          description: "Golden set file (.jsonl, .jsonl.gz, .csv or .json), relative to the config's project root."
        },
        predictions: {
          type: "string",
          minLength: 1,
          description: "Predictions file, in the same formats as the golden set."
        },
        run: {
          type: "string",
          minLength: 1,
          description: "Shell command that writes the predictions file; run before evaluating."
        },
        format: {
          type: "object",
          additionalProperties: false,
          properties: {
            golden: {
              enum: [
                "jsonl",
                "csv",
                "json"
              ]
            },
            predictions: {
              enum: [
                "jsonl",
                "csv",
                "json"
              ]
            }
          },
          description: "Override the format detected from the file extension."
        },
        fields: {
          $ref: "#/$defs/fields"
        },
        labels: {
          type: "array",
          minItems: 2,
          uniqueItems: true,
          items: {
            type: [
              "string",
              "number"
            ]
          },
          description: "The full class list. Default: the sorted union of golden labels, predicted labels and score keys. When given, any other label is an error."
        },
        multilabel: {
          type: "boolean",
          default: false,
          description: "Each example has a set of labels (arrays in the label and prediction fields)."
        },
        positive_label: {
          type: [
            "string",
            "number"
          ],
          description: "Binary tasks: the positive class for ROC-AUC and average precision. Default: the second label in sorted order."
        },
        slices: {
          type: "array",
          items: {
            anyOf: [
              {
                type: "string",
                minLength: 1
              },
              {
                type: "array",
                minItems: 2,
                maxItems: 4,
                uniqueItems: true,
                items: {
                  type: "string",
                  minLength: 1
                }
              }
            ]
          },
          description: "Golden-set fields to slice by; an array of fields is a cross (every combination of their values)."
        },
        label_slices: {
          type: "boolean",
          default: true,
          description: "Also report one slice per true class (one-vs-rest precision, recall, F1)."
        },
        min_support: {
          type: "integer",
          minimum: 1,
          default: 30,
          description: "Slices with fewer examples are reported as insufficient."
        },
        missing_predictions: {
          enum: [
            "error",
            "count_as_wrong"
          ],
          default: "error",
          description: "A golden example without a prediction: stop with an error, or count it as wrong and report coverage."
        },
        metrics: {
          type: "array",
          minItems: 1,
          uniqueItems: true,
          items: {
            type: "string"
          },
          description: "Metrics to compute (see the metric registry in the README). Default: accuracy, macro_f1, weighted_f1, micro_f1, per_class_f1, plus ece and brier when scores are given."
        },
        top_k: {
          type: "integer",
          minimum: 1,
          default: 3,
          description: "k for top_k_accuracy."
        },
        ece_bins: {
          type: "integer",
          minimum: 2,
          maximum: 1e3,
          default: 15,
          description: "Equal-width bins for ECE."
        },
        store_examples: {
          type: "boolean",
          default: true,
          description: "Store compact per-example records in the result so a later comparison can pair examples."
        },
        gates: {
          type: "array",
          items: {
            $ref: "#/$defs/gate"
          },
          description: "Regression gates checked against the baseline result."
        },
        mode: {
          enum: [
            "enforce",
            "advisory"
          ],
          default: "enforce",
          description: "advisory: report every verdict but never fail."
        },
        spans: {
          $ref: "#/$defs/spanOptions"
        },
        scored: {
          $ref: "#/$defs/scoredOptions"
        }
      }
    },
    spanOptions: {
      title: "SpanOptions",
      type: "object",
      additionalProperties: false,
      description: "task: spans. How entities are read from the golden and predicted fields.",
      properties: {
        format: {
          enum: [
            "tags",
            "offsets"
          ],
          default: "tags",
          description: "tags: one tag per token (BIO/BIOES); offsets: character spans {start, end, type} with end exclusive."
        },
        scheme: {
          enum: [
            "IOB2",
            "IOBES"
          ],
          default: "IOB2",
          description: "Tagging scheme of tag sequences."
        },
        mode: {
          enum: [
            "default",
            "strict"
          ],
          default: "default",
          description: "default: seqeval/conlleval chunking (an orphan I- starts an entity); strict: seqeval strict mode (entities must follow the scheme; an invalid golden sequence is an error)."
        }
      }
    },
    scoredOptions: {
      title: "ScoredOptions",
      type: "object",
      additionalProperties: false,
      description: "task: scored. How judged scores and verdicts are read.",
      properties: {
        pass_threshold: {
          type: "number",
          description: "A run without a verdict passes when its score is at least this value. Without it, pass_rate needs a verdict on every run."
        }
      }
    },
    fields: {
      title: "FieldMapping",
      type: "object",
      additionalProperties: false,
      properties: {
        id: {
          type: "string",
          minLength: 1,
          default: "id",
          description: "Example id, in both files."
        },
        label: {
          type: "string",
          minLength: 1,
          default: "label",
          description: "True label in the golden set."
        },
        prediction: {
          type: "string",
          minLength: 1,
          default: "prediction",
          description: "Predicted label in the predictions file."
        },
        scores: {
          type: "string",
          minLength: 1,
          description: "Object of class -> probability in the predictions file (optional)."
        },
        references: {
          type: "string",
          minLength: 1,
          default: "references",
          description: "task: generation. Reference text or array of reference texts in the golden set."
        },
        tokens: {
          type: "string",
          minLength: 1,
          default: "tokens",
          description: "task: spans (tags). Optional token list in the golden set; tag sequences must match its length."
        },
        text: {
          type: "string",
          minLength: 1,
          default: "text",
          description: "task: spans (offsets). Optional text in the golden set; spans must end within it."
        },
        score: {
          type: "string",
          minLength: 1,
          default: "score",
          description: "task: scored. Numeric score of a run in the predictions file."
        },
        verdict: {
          type: "string",
          minLength: 1,
          default: "verdict",
          description: 'task: scored. Pass/fail verdict of a run (true/false, "pass"/"fail" or 1/0).'
        },
        run: {
          type: "string",
          minLength: 1,
          default: "run",
          description: "task: scored. Run (repeat) identifier; several rows per example id, one per run."
        }
      },
      description: "Names of the fields in the data files."
    },
    comparison: {
      title: "ComparisonSettings",
      type: "object",
      additionalProperties: false,
      description: "How deltas are tested. The same inputs always give the same output.",
      properties: {
        resamples: {
          type: "integer",
          minimum: 100,
          maximum: 1e5,
          default: 1e3,
          description: "Bootstrap resamples."
        },
        confidence: {
          type: "number",
          exclusiveMinimum: 0.5,
          exclusiveMaximum: 1,
          default: 0.95,
          description: "Two-sided confidence level of the intervals; a regression is significant at one-sided level (1 \u2212 confidence) / 2."
        },
        seed: {
          type: "integer",
          minimum: 0,
          maximum: 4294967295,
          default: 12345
        },
        method: {
          enum: [
            "multinomial",
            "rows"
          ],
          default: "multinomial",
          description: "multinomial: draw resample counts over distinct per-example states (fast, exact in distribution); rows: resample row indices with the portable hash32 generator (matches the reference evaluator bit for bit)."
        },
        correction: {
          enum: [
            "holm",
            "bh",
            "none"
          ],
          default: "holm",
          description: "Error control across the gated slices of a suite: Holm (family-wise), Benjamini\u2013Hochberg (false discovery rate) or none."
        }
      }
    },
    gate: {
      title: "GateRule",
      type: "object",
      additionalProperties: false,
      required: [
        "metric"
      ],
      properties: {
        metric: {
          type: "string",
          minLength: 1,
          description: "A scalar metric the suite computes."
        },
        slices: {
          $ref: "#/$defs/sliceSelector"
        },
        max_drop: {
          $ref: "#/$defs/tolerance",
          description: 'Higher-is-better metrics: the largest allowed fall. A number is in display units (points for proportions, e.g. 0.5 = 0.5 pts); "2%" is relative to the baseline value.'
        },
        max_increase: {
          $ref: "#/$defs/tolerance",
          description: 'Lower-is-better metrics (latency, cost, loss): the largest allowed rise, in display units (ms, $, raw) or "2%".'
        },
        min: {
          type: "number",
          description: "Absolute floor on the head value (higher-is-better metrics), in the metric's own scale (0.85 for 85% accuracy)."
        },
        max: {
          type: "number",
          description: "Absolute ceiling on the head value (lower-is-better metrics), e.g. 300 for p95 latency in ms."
        },
        severity: {
          enum: [
            "fail",
            "warn"
          ],
          default: "fail"
        },
        require_significance: {
          type: "boolean",
          default: true,
          description: "Fail only when the regression is also statistically significant after correction across slices."
        },
        confidence: {
          enum: [
            "default",
            "strict"
          ],
          default: "default",
          description: "strict: the whole confidence interval must lie beyond the tolerance."
        }
      }
    },
    tolerance: {
      anyOf: [
        {
          type: "number",
          minimum: 0
        },
        {
          type: "string",
          pattern: "^[0-9]+(\\.[0-9]+)?%$"
        }
      ]
    },
    sliceSelector: {
      description: 'Which slices a gate checks: all | overall | fields | crosses | labels, a list of slice keys such as ["language=de", "language=de,domain=billing"], {field: language} for every slice of a field, or {top: 5, by: support, field: label} for the largest slices of a field.',
      anyOf: [
        {
          enum: [
            "all",
            "overall",
            "fields",
            "crosses",
            "labels"
          ]
        },
        {
          type: "array",
          minItems: 1,
          items: {
            type: "string",
            minLength: 1
          }
        },
        {
          type: "object",
          additionalProperties: false,
          required: [
            "field"
          ],
          properties: {
            field: {
              type: "string",
              minLength: 1
            },
            top: {
              type: "integer",
              minimum: 1
            },
            by: {
              enum: [
                "support"
              ],
              default: "support"
            }
          }
        }
      ],
      default: "overall"
    }
  }
};

// src/gates/rules.ts
var GateConfigError = class extends Error {
  constructor(field, message) {
    super(message);
    this.field = field;
  }
  field;
};
function parseTolerance(value, def) {
  if (typeof value === "string") return { kind: "relative", fraction: Number(value.slice(0, -1)) / 100 };
  return { kind: "absolute", value: def.unit === "proportion" ? value / 100 : value };
}
function describeSelector(selector) {
  if (typeof selector === "string") {
    return {
      all: "every slice",
      overall: "overall",
      fields: "every field slice",
      crosses: "every cross slice",
      labels: "every label slice"
    }[selector];
  }
  if (Array.isArray(selector)) return selector.join("; ");
  const s = selector;
  return s.top ? `the ${s.top} largest ${s.field} slices` : `every ${s.field} slice`;
}
function resolveGates(gates, suiteMetrics) {
  return gates.map((gate, index) => {
    const field = `gates[${index}]`;
    const def = metricDef(gate.metric);
    if (!def || !suiteMetrics.includes(gate.metric)) {
      throw new GateConfigError(
        `${field}.metric`,
        `the suite does not compute ${JSON.stringify(gate.metric)}; add it to metrics (computed: ${suiteMetrics.join(", ")})`
      );
    }
    if (def.table)
      throw new GateConfigError(
        `${field}.metric`,
        `${gate.metric} is a table, not a number: gate a scalar metric (e.g. label slices with macro_f1)`
      );
    if (gate.max_drop !== void 0 && def.direction === "lower") {
      throw new GateConfigError(`${field}.max_drop`, `${gate.metric} is lower-is-better: use max_increase`);
    }
    if (gate.max_increase !== void 0 && def.direction === "higher") {
      throw new GateConfigError(`${field}.max_increase`, `${gate.metric} is higher-is-better: use max_drop`);
    }
    const thresholds = [gate.max_drop, gate.max_increase, gate.min, gate.max].filter((v) => v !== void 0);
    if (thresholds.length === 0)
      throw new GateConfigError(field, "a gate needs max_drop, max_increase, min or max");
    const rawTolerance = gate.max_drop ?? gate.max_increase;
    const tolerance = rawTolerance === void 0 ? null : parseTolerance(rawTolerance, def);
    const selector = gate.slices ?? "overall";
    const where = describeSelector(selector);
    const parts = [];
    if (tolerance) {
      const verb = def.direction === "higher" ? "fall" : "rise";
      const amount = tolerance.kind === "relative" ? `${(tolerance.fraction * 100).toString()}%` : formatDelta(def, tolerance.value).replace(/^[+−]/, "");
      parts.push(`may ${verb} at most ${amount}`);
    }
    if (gate.min !== void 0) parts.push(`must stay \u2265 ${formatValue(def, gate.min)}`);
    if (gate.max !== void 0) parts.push(`must stay \u2264 ${formatValue(def, gate.max)}`);
    return {
      index,
      metric: gate.metric,
      selector,
      tolerance,
      ...gate.min !== void 0 ? { min: gate.min } : {},
      ...gate.max !== void 0 ? { max: gate.max } : {},
      severity: gate.severity ?? "fail",
      requireSignificance: gate.require_significance ?? true,
      strict: gate.confidence === "strict",
      text: `${gate.metric} ${parts.join(" and ")} on ${where}`
    };
  });
}

// src/config/load.ts
var DEFAULT_CONFIG_PATH = ".github/evalgate.yml";
function defaultRoot(configPath) {
  const dir = dirname2(resolve(configPath));
  return basename2(dir) === ".github" ? dirname2(dir) : dir;
}
async function loadConfig(file, options2 = {}) {
  let text;
  try {
    text = await readFile2(file, "utf8");
  } catch (error) {
    throw new InputError({ file, message: `cannot read the config (${describeFsError(error)})` });
  }
  return parseConfig(text, file, options2.root ?? defaultRoot(file));
}
function parseConfig(text, file, root) {
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0];
    const line = e.linePos?.[0]?.line ?? lineCounter.linePos(e.pos[0]).line;
    throw new InputError({
      file,
      line,
      message: `invalid YAML (${oneLine(e.message.replace(/ at line \d+, column \d+.*$/s, ""))})`
    });
  }
  const value = doc.toJS();
  const lineOf = (path) => nodeLine(doc, lineCounter, path);
  const validate = validatorFor(evalgate_schema_default);
  if (!validate(value)) {
    const error = primaryError(validate.errors ?? []);
    const path = pointerToPath(error.instancePath);
    const at = error.keyword === "additionalProperties" ? [...path, String(error.params.additionalProperty)] : path;
    throw new InputError({
      file,
      line: (error.keyword === "additionalProperties" ? keyLine(doc, lineCounter, at) : lineOf(at)) ?? lineOf(path),
      field: pathToString(at),
      message: describeSchemaError(error, error.data)
    });
  }
  const config = value;
  const names = /* @__PURE__ */ new Set();
  const suites = config.suites.map((suite, i) => {
    if (names.has(suite.name)) {
      throw new InputError({
        file,
        line: lineOf(["suites", i, "name"]),
        field: `suites[${i}].name`,
        message: `duplicate suite name ${JSON.stringify(suite.name)}`
      });
    }
    names.add(suite.name);
    return resolveSuite(suite, i, { file, root, lineOf });
  });
  const comparison = {
    resamples: config.comparison?.resamples ?? 1e3,
    confidence: config.comparison?.confidence ?? 0.95,
    seed: config.comparison?.seed ?? 12345,
    method: config.comparison?.method ?? "multinomial",
    correction: config.comparison?.correction ?? "holm"
  };
  return { file, root, suites, comparison, fingerprint: sha256(canonicalJson(config)) };
}
function nodeLine(doc, counter, path) {
  for (let len = path.length; len >= 0; len--) {
    const node = len === 0 ? doc.contents : doc.getIn(path.slice(0, len), true);
    if ((0, import_yaml.isNode)(node) && node.range) return counter.linePos(node.range[0]).line;
  }
  return void 0;
}
function keyLine(doc, counter, path) {
  const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
  if (!(0, import_yaml.isMap)(parent)) return void 0;
  const pair = parent.items.find((p2) => (0, import_yaml.isScalar)(p2.key) && p2.key.value === path[path.length - 1]);
  return (0, import_yaml.isNode)(pair?.key) && pair.key.range ? counter.linePos(pair.key.range[0]).line : void 0;
}
function resolveSuiteGates(suite, metrics, at) {
  try {
    return resolveGates(suite.gates ?? [], metrics);
  } catch (error) {
    if (!(error instanceof GateConfigError)) throw error;
    const path = error.field.split(/[.[\]]+/).filter(Boolean).map((p2) => /^\d+$/.test(p2) ? Number(p2) : p2);
    throw new InputError({ ...at(...path), message: error.message });
  }
}
function resolveSuite(suite, i, ctx) {
  const at = (...rest) => ({
    file: ctx.file,
    line: ctx.lineOf(["suites", i, ...rest]),
    field: pathToString(["suites", i, ...rest])
  });
  const spans = {
    format: suite.spans?.format ?? "tags",
    scheme: suite.spans?.scheme ?? "IOB2",
    mode: suite.spans?.mode ?? "default"
  };
  const fields = {
    id: suite.fields?.id ?? "id",
    label: suite.fields?.label ?? (suite.task === "spans" ? spans.format === "offsets" ? "entities" : "tags" : "label"),
    prediction: suite.fields?.prediction ?? "prediction",
    ...suite.fields?.scores ? { scores: suite.fields.scores } : {},
    // each family's own fields, only on its suites (classification's resolved fields stay as they were)
    ...suite.task === "generation" ? { references: suite.fields?.references ?? "references" } : {},
    ...suite.task === "spans" ? { tokens: suite.fields?.tokens ?? "tokens", text: suite.fields?.text ?? "text" } : {},
    ...suite.task === "scored" ? {
      score: suite.fields?.score ?? "score",
      verdict: suite.fields?.verdict ?? "verdict",
      run: suite.fields?.run ?? "run"
    } : {}
  };
  const multilabel = suite.multilabel ?? false;
  const allowed = metricNames(suite.task);
  const metrics = suite.metrics ?? (suite.task === "classification" ? [
    ...DEFAULT_CLASSIFICATION_METRICS,
    ...fields.scores && !multilabel ? DEFAULT_SCORED_METRICS : []
  ].filter((m) => !(multilabel && SINGLE_LABEL_ONLY.has(m))) : allowed);
  metrics.forEach((m, j) => {
    if (!allowed.includes(m)) {
      const hint = didYouMean(m, allowed);
      throw new InputError({
        ...at("metrics", j),
        message: `unknown metric ${JSON.stringify(m)} for task ${suite.task}${hint ? ` (did you mean ${JSON.stringify(hint)}?)` : ""}; available: ${allowed.join(", ")}`
      });
    }
    if (metricDef(m)?.needsScores && !fields.scores) {
      throw new InputError({
        ...at("metrics", j),
        message: `metric ${JSON.stringify(m)} needs scores: set fields.scores to the predictions' score field`
      });
    }
    if (suite.task !== "classification") return;
    if (multilabel && SINGLE_LABEL_ONLY.has(m)) {
      throw new InputError({
        ...at("metrics", j),
        message: `metric ${JSON.stringify(m)} is not defined for multilabel suites`
      });
    }
    if (!multilabel && MULTILABEL_ONLY.has(m)) {
      throw new InputError({
        ...at("metrics", j),
        message: `metric ${JSON.stringify(m)} is only defined for multilabel suites (set multilabel: true)`
      });
    }
  });
  if (multilabel && fields.scores) {
    throw new InputError({
      ...at("fields", "scores"),
      message: "scores are not supported for multilabel suites yet; remove fields.scores"
    });
  }
  const reserved = /* @__PURE__ */ new Set([fields.id, fields.references ?? fields.label]);
  (suite.slices ?? []).forEach((entry, j) => {
    for (const f of typeof entry === "string" ? [entry] : entry) {
      if (reserved.has(f)) {
        throw new InputError({
          ...at("slices", j),
          message: `cannot slice by ${JSON.stringify(f)}: it is the ${f === fields.id ? "id" : "label"} field${f === fields.label ? " (label slices are on by default: label_slices)" : ""}`
        });
      }
    }
  });
  const source = (key) => {
    const given = suite[key];
    const path = isAbsolute(given) ? given : resolve(ctx.root, given);
    const format = suite.format?.[key] ?? formatFromPath(given);
    if (!format) {
      throw new InputError({
        ...at(key),
        message: `cannot tell the format of ${JSON.stringify(given)}: expected .jsonl, .jsonl.gz, .csv or .json, or set format.${key}`
      });
    }
    return { path, display: relative(ctx.root, path) || given, format };
  };
  return {
    name: suite.name,
    task: suite.task,
    golden: source("golden"),
    predictions: source("predictions"),
    ...suite.run ? { run: suite.run } : {},
    fields,
    ...suite.labels ? { labels: suite.labels.map(String) } : {},
    multilabel,
    ...suite.positive_label !== void 0 ? { positiveLabel: String(suite.positive_label) } : {},
    slices: suite.slices ?? [],
    labelSlices: suite.label_slices ?? true,
    minSupport: suite.min_support ?? 30,
    missingPredictions: suite.missing_predictions ?? "error",
    metrics,
    topK: suite.top_k ?? 3,
    eceBins: suite.ece_bins ?? 15,
    storeExamples: suite.store_examples ?? true,
    gates: resolveSuiteGates(suite, metrics, at),
    mode: suite.mode ?? "enforce",
    spans,
    scored: suite.scored?.pass_threshold !== void 0 ? { passThreshold: suite.scored.pass_threshold } : {}
  };
}

// node_modules/markdown-table/index.js
function defaultStringLength(value) {
  return value.length;
}
function markdownTable(table, options2) {
  const settings = options2 || {};
  const align = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  const alignments = [];
  const cellMatrix = [];
  const sizeMatrix = [];
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;
  while (++rowIndex < table.length) {
    const row2 = [];
    const sizes2 = [];
    let columnIndex2 = -1;
    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length;
    }
    while (++columnIndex2 < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex2]);
      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell);
        sizes2[columnIndex2] = size;
        if (longestCellByColumn[columnIndex2] === void 0 || size > longestCellByColumn[columnIndex2]) {
          longestCellByColumn[columnIndex2] = size;
        }
      }
      row2.push(cell);
    }
    cellMatrix[rowIndex] = row2;
    sizeMatrix[rowIndex] = sizes2;
  }
  let columnIndex = -1;
  if (typeof align === "object" && "length" in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex]);
    }
  } else {
    const code = toAlignment(align);
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code;
    }
  }
  columnIndex = -1;
  const row = [];
  const sizes = [];
  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex];
    let before = "";
    let after = "";
    if (code === 99) {
      before = ":";
      after = ":";
    } else if (code === 108) {
      before = ":";
    } else if (code === 114) {
      after = ":";
    }
    let size = settings.alignDelimiters === false ? 1 : Math.max(
      1,
      longestCellByColumn[columnIndex] - before.length - after.length
    );
    const cell = before + "-".repeat(size) + after;
    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length;
      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size;
      }
      sizes[columnIndex] = size;
    }
    row[columnIndex] = cell;
  }
  cellMatrix.splice(1, 0, row);
  sizeMatrix.splice(1, 0, sizes);
  rowIndex = -1;
  const lines = [];
  while (++rowIndex < cellMatrix.length) {
    const row2 = cellMatrix[rowIndex];
    const sizes2 = sizeMatrix[rowIndex];
    const cellsInRow = settings.fillRows === false ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length) : mostCellsPerRow;
    columnIndex = -1;
    const line = [];
    while (++columnIndex < cellsInRow) {
      const cell = row2[columnIndex] || "";
      let before = "";
      let after = "";
      if (settings.alignDelimiters !== false) {
        const size = longestCellByColumn[columnIndex] - (sizes2[columnIndex] || 0);
        const code = alignments[columnIndex];
        if (code === 114) {
          before = " ".repeat(size);
        } else if (code === 99) {
          const half = size / 2;
          if (size % 2) {
            before = " ".repeat(half + 0.5);
            after = " ".repeat(half - 0.5);
          } else {
            before = " ".repeat(half);
            after = before;
          }
        } else {
          after = " ".repeat(size);
        }
      }
      if (settings.delimiterStart !== false && !columnIndex) {
        line.push("|");
      }
      if (settings.padding !== false && // Don’t add the opening space if we’re not aligning and the cell is
      // empty: there will be a closing space.
      !(settings.alignDelimiters === false && cell === "") && (settings.delimiterStart !== false || columnIndex)) {
        line.push(" ");
      }
      if (settings.alignDelimiters !== false) {
        line.push(before);
      }
      line.push(cell);
      if (settings.alignDelimiters !== false) {
        line.push(after);
      }
      if (settings.padding !== false) {
        line.push(" ");
      }
      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push("|");
      }
    }
    lines.push(
      settings.delimiterEnd === false ? line.join("").replace(/ +$/, "") : line.join("")
    );
  }
  return lines.join("\n");
}
function serialize(value) {
  return value === null || value === void 0 ? "" : String(value);
}
function toAlignment(value) {
  const code = typeof value === "string" ? value.codePointAt(0) : 0;
  return code === 67 || code === 99 ? 99 : code === 76 || code === 108 ? 108 : code === 82 || code === 114 ? 114 : 0;
}

// src/report/escape.ts
function escapeCell(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "&#124;").replace(/`/g, "&#96;").replace(/\[/g, "&#91;").replace(/\]/g, "&#93;").replace(/\*/g, "&#42;").replace(/(^|[^A-Za-z0-9])_|_(?=[^A-Za-z0-9]|$)/g, (m) => m.replace("_", "&#95;")).replace(/[\r\n]+/g, " ");
}
var escapeText = escapeCell;

// src/report/result-markdown.ts
var scalarMetrics = (suite) => suite.metrics.filter((m) => !metricDef(m)?.table);
function sliceRow(slice2, metrics) {
  const name = slice2.insufficient ? `${escapeCell(slice2.key)} (insufficient)` : escapeCell(slice2.key);
  return [name, formatCount(slice2.n), ...metrics.map((m) => formatValue(m, slice2.metrics[m]))];
}
function suiteSection(suite) {
  const metrics = scalarMetrics(suite);
  const header = ["slice", "n", ...metrics.map((m) => metricDef(m)?.title ?? m)];
  const main2 = suite.slices.filter((s) => s.kind !== "label");
  const labels = suite.slices.filter((s) => s.kind === "label");
  const lines = [];
  const coverage = suite.predictions.missing ? `, coverage ${(suite.predictions.coverage * 100).toFixed(1)}% (${formatCount(suite.predictions.missing)} without prediction, counted wrong)` : "";
  const kind = suite.task === suite.task_type ? suite.task : `${suite.task}, ${suite.task_type}`;
  lines.push(`### ${escapeText(suite.name)} (${kind})`);
  lines.push("");
  lines.push(
    `${formatCount(suite.golden.n)} examples from \`${suite.golden.path.replace(/`/g, "")}\`${coverage}. Proportions are shown as points (0\u2013100).`
  );
  lines.push("");
  lines.push(
    markdownTable([header, ...main2.map((s) => sliceRow(s, metrics))], {
      align: ["l", "r", ...metrics.map(() => "r")]
    })
  );
  for (const note of suite.notes ?? []) lines.push("", `> ${escapeText(note)}`);
  const insufficient2 = suite.slices.filter((s) => s.insufficient).length;
  if (insufficient2) {
    lines.push("");
    lines.push(
      `${insufficient2} slice(s) have fewer than ${suite.min_support} examples (min_support): shown, never gated.`
    );
  }
  if (labels.length) {
    const labelMetrics = metrics.filter((m) => /(_f1|_precision|_recall)$|^accuracy$/.test(m));
    lines.push("");
    lines.push(`<details><summary>Per-class slices (${labels.length})</summary>`);
    lines.push("");
    lines.push(
      markdownTable([
        ["class", "support", ...labelMetrics.map((m) => metricDef(m)?.title ?? m)],
        ...labels.map((s) => sliceRow(s, labelMetrics))
      ])
    );
    lines.push("");
    lines.push("</details>");
  }
  const overall = suite.slices.find((s) => s.kind === "overall");
  if (overall?.per_class) {
    lines.push("");
    lines.push("<details><summary>Per-class precision, recall, F1</summary>");
    lines.push("");
    lines.push(
      markdownTable([
        ["class", "precision", "recall", "F1", "support"],
        ...overall.per_class.map((c) => [
          escapeCell(c.label),
          formatValue("accuracy", c.precision),
          formatValue("accuracy", c.recall),
          formatValue("accuracy", c.f1),
          formatCount(c.support)
        ])
      ])
    );
    lines.push("");
    lines.push("</details>");
  }
  if (suite.flaky?.count) lines.push("", flakySection(suite.flaky));
  return lines.join("\n");
}
function flakySection(flaky) {
  const listed = flaky.examples.length < flaky.count ? ` (the ${flaky.examples.length} closest to a coin flip)` : "";
  const score3 = (v) => v === null ? "\u2013" : v.toFixed(4);
  return [
    `<details><summary>Flaky examples: ${formatCount(flaky.count)} of ${formatCount(flaky.repeated)} repeated examples flip verdict across runs${listed}</summary>`,
    "",
    markdownTable(
      [
        ["id", "passes / runs", "mean score", "spread (sd)"],
        ...flaky.examples.map((e) => [
          escapeCell(e.id),
          `${e.passes} / ${e.runs}`,
          score3(e.mean_score),
          score3(e.spread)
        ])
      ],
      { align: ["l", "r", "r", "r"] }
    ),
    "",
    "</details>"
  ].join("\n");
}
function resultMarkdown(result) {
  const head = `## evalgate results${result.git?.sha ? ` for ${result.git.sha.slice(0, 7)}` : ""}`;
  return [head, "", ...result.suites.map(suiteSection)].join("\n\n").replace(/\n{3,}/g, "\n\n") + "\n";
}

// src/report/comparison-markdown.ts
var ICON = {
  pass: "\u2705",
  warn: "\u26A0\uFE0F",
  fail: "\u274C",
  not_comparable: "\u26D4",
  insufficient_data: "\u2796",
  new_slice: "\u{1F195}",
  missing_slice: "\u2754"
};
var HEADLINE = {
  pass: "pass",
  warn: "pass with warnings",
  fail: "fail",
  not_comparable: "not comparable"
};
function valueChange(g) {
  const def = metricDef(g.metric);
  if (!def) return "\u2013";
  const base = g.base === null ? "\u2013" : formatValue(def, g.base);
  const head = g.head === null ? "\u2013" : formatValue(def, g.head);
  return `${base} \u2192 ${head}`;
}
function deltaWithCi(g, confidence) {
  const def = metricDef(g.metric);
  if (!def || g.delta === null) return "\u2013";
  const delta = formatDelta(def, g.delta);
  if (!g.ci) return delta;
  const lo = formatDelta(def, g.ci[0]).replace(/ (pts|ms)$/, "");
  const hi = formatDelta(def, g.ci[1]).replace(/ (pts|ms)$/, "");
  return `${delta} (${+(confidence * 100).toFixed(2)}% CI ${lo} \u2026 ${hi})`;
}
function counts(g) {
  return `${g.base_n === null ? "\u2013" : formatCount(g.base_n)} / ${g.head_n === null ? "\u2013" : formatCount(g.head_n)}`;
}
function shortReason(g) {
  const prefix = `${g.metric} on ${g.slice} `;
  let text = g.reason.startsWith(prefix) ? g.reason.slice(prefix.length) : g.reason;
  text = text.replace(/ → [a-z_]+$/, "");
  return text.replace(/ \(\d+(\.\d+)?% CI [^)]*\)/, "");
}
function byConcern(a, b) {
  const rank = (g) => g.verdict === "fail" ? 0 : g.verdict === "warn" ? 1 : 2;
  return rank(a) - rank(b) || (b.worsening ?? -Infinity) - (a.worsening ?? -Infinity) || a.slice.localeCompare(b.slice) || a.gate - b.gate;
}
function gateRow(g, confidence, withReason) {
  const row = [
    `${ICON[g.verdict] ?? ""} ${g.verdict.replace("_", " ")}`,
    escapeCell(g.slice),
    escapeCell(metricDef(g.metric)?.title ?? g.metric),
    valueChange(g),
    deltaWithCi(g, confidence),
    counts(g)
  ];
  if (withReason) row.push(escapeCell(shortReason(g)));
  return row;
}
var GATE_HEADER = ["verdict", "slice", "metric", "base \u2192 head", "\u0394", "n base / head"];
function suiteSection2(suite, comparison, detail, single) {
  const confidence = comparison.settings.confidence;
  const lines = [];
  const mode = suite.mode === "advisory" ? " (advisory: never fails the check)" : "";
  lines.push(
    `${single ? "###" : "###"} ${ICON[suite.verdict]} ${escapeText(suite.name)}: ${HEADLINE[suite.verdict]}${mode}`
  );
  for (const note of suite.notes) lines.push(`> ${escapeText(note)}`);
  const concerns = suite.gates.filter((g) => g.verdict === "fail" || g.verdict === "warn").sort(byConcern);
  const quiet = suite.gates.filter((g) => g.verdict === "pass" && g.beyond_tolerance === true).sort((a, b) => (b.worsening ?? 0) - (a.worsening ?? 0));
  if (concerns.length) {
    lines.push("");
    lines.push(
      markdownTable([[...GATE_HEADER, "why"], ...concerns.map((g) => gateRow(g, confidence, true))])
    );
  } else if (suite.gates.length) {
    lines.push("");
    lines.push(`All ${suite.gates.length} gated slice(s) pass.`);
  } else {
    lines.push("");
    lines.push("No gates are configured for this suite.");
  }
  if (detail === "minimal") return lines.join("\n");
  if (quiet.length) {
    lines.push("");
    lines.push(
      `**Drops beyond tolerance that are not significant** (${quiet.length}; likely noise, worth a look):`
    );
    lines.push("");
    lines.push(markdownTable([[...GATE_HEADER, "why"], ...quiet.map((g) => gateRow(g, confidence, true))]));
  }
  if (suite.golden.examples) {
    const ex = suite.golden.examples;
    const list = (ids) => ids && ids.length ? ids.map((id) => `\`${id.replace(/`/g, "")}\``).join(", ") : "\u2013";
    lines.push("");
    lines.push(
      `<details><summary>Golden set diff: ${suite.golden.added} added, ${suite.golden.removed} removed, ${suite.golden.relabelled} relabelled</summary>

Added: ${escapeText(list(ex.added))}<br>Removed: ${escapeText(list(ex.removed))}<br>Relabelled: ${escapeText(list(ex.relabelled))}

</details>`
    );
  }
  const others = suite.gates.filter((g) => !concerns.includes(g) && !quiet.includes(g)).sort(byConcern);
  if (others.length) {
    lines.push("");
    lines.push(`<details><summary>Every other gated slice (${others.length})</summary>`);
    lines.push("");
    lines.push(markdownTable([[...GATE_HEADER, "why"], ...others.map((g) => gateRow(g, confidence, true))]));
    lines.push("");
    lines.push("</details>");
  }
  if (detail === "full" && suite.slices.length) {
    const metrics = [...new Set(suite.slices.flatMap((s) => Object.keys(s.metrics)))];
    lines.push("");
    lines.push(
      `<details><summary>All metrics by slice (${suite.slices.length} slices; base \u2192 head, \u0394)</summary>`
    );
    lines.push("");
    lines.push(
      markdownTable([
        ["slice", "n base / head", ...metrics.map((m) => escapeCell(metricDef(m)?.title ?? m))],
        ...suite.slices.map((s) => [
          escapeCell(s.key),
          `${s.base_n === null ? "\u2013" : formatCount(s.base_n)} / ${s.head_n === null ? "\u2013" : formatCount(s.head_n)}`,
          ...metrics.map((m) => {
            const v = s.metrics[m];
            if (!v) return "\u2013";
            return `${formatValue(m, v.base)} \u2192 ${formatValue(m, v.head)} (${formatDelta(m, v.delta)})`;
          })
        ])
      ])
    );
    lines.push("");
    lines.push("</details>");
  }
  return lines.join("\n");
}
function comparisonMarkdown(comparison, options2 = {}) {
  const detail = options2.detail ?? "full";
  const title = options2.title ?? "evalgate";
  const head = comparison.head.git?.sha ? ` for ${comparison.head.git.sha.slice(0, 7)}` : "";
  const base = comparison.base.git?.sha ? ` vs baseline ${comparison.base.git.sha.slice(0, 7)}` : "";
  const lines = [
    `## ${ICON[comparison.verdict]} ${escapeText(title)}: ${HEADLINE[comparison.verdict]}${head}${base}`,
    "",
    escapeText(comparison.summary)
  ];
  const single = comparison.suites.length === 1;
  for (const suite of comparison.suites) lines.push("", suiteSection2(suite, comparison, detail, single));
  if (detail !== "minimal") {
    const s = comparison.settings;
    lines.push(
      "",
      `<sub>Paired bootstrap: ${s.resamples} resamples (${s.method}, seed ${s.seed}), ${+(s.confidence * 100).toFixed(2)}% intervals; a regression fails only when it exceeds the tolerance and is significant after ${{ holm: "Holm", bh: "Benjamini\u2013Hochberg", none: "no" }[s.correction]} correction across the gated slices. Proportions in points (0\u2013100).</sub>`
    );
  }
  return lines.join("\n") + "\n";
}

// src/cli/commands/common.ts
import { execFileSync } from "node:child_process";
var configOptions = {
  config: { type: "string", short: "c", default: DEFAULT_CONFIG_PATH },
  root: { type: "string" },
  suite: { type: "string", short: "s" }
};
async function loadConfigFrom(values) {
  const file = values.config;
  if (typeof file !== "string") throw new UsageError("--config needs a file");
  return loadConfig(file, { root: typeof values.root === "string" ? values.root : void 0 });
}
function stringOption(values, name) {
  const v = values[name];
  return typeof v === "string" ? v : void 0;
}
function gitInfo(cwd) {
  try {
    const sha = execFileSync("git", ["rev-parse", "HEAD"], { cwd, stdio: ["ignore", "pipe", "ignore"] }).toString().trim();
    let ref = null;
    try {
      ref = execFileSync("git", ["symbolic-ref", "-q", "HEAD"], { cwd, stdio: ["ignore", "pipe", "ignore"] }).toString().trim() || null;
    } catch {
      ref = null;
    }
    return { sha, ref };
  } catch {
    return null;
  }
}

// src/cli/commands/compare.ts
var options = {
  base: { type: "string" },
  head: { type: "string" },
  config: { type: "string", short: "c" },
  root: { type: "string" },
  out: { type: "string", short: "o" },
  format: { type: "string", default: "markdown" }
};
function gatelessConfig() {
  return {
    file: "(none)",
    root: process.cwd(),
    suites: [],
    comparison: { resamples: 1e3, confidence: 0.95, seed: 12345, method: "multinomial", correction: "holm" },
    fingerprint: "sha256:" + "0".repeat(64)
  };
}
async function runComparison(values, io) {
  const basePath = stringOption(values, "base");
  const headPath = stringOption(values, "head");
  if (!basePath || !headPath) throw new UsageError("--base and --head are required (result JSON files)");
  const format = stringOption(values, "format") ?? "markdown";
  if (!["markdown", "json", "none"].includes(format))
    throw new UsageError(`--format must be markdown, json or none, got ${JSON.stringify(format)}`);
  const configPath = stringOption(values, "config") ?? (existsSync(DEFAULT_CONFIG_PATH) ? DEFAULT_CONFIG_PATH : void 0);
  const config = configPath ? await loadConfig(configPath, { root: stringOption(values, "root") }) : gatelessConfig();
  if (!configPath)
    io.stderr.write(`no config (${DEFAULT_CONFIG_PATH} not found, no --config): comparing without gates
`);
  const [base, head] = await Promise.all([readResult(basePath), readResult(headPath)]);
  const comparison = compareResults(base, head, config);
  const out = stringOption(values, "out");
  if (out) {
    await writeComparison(out, comparison);
    io.stderr.write(`wrote ${out}
`);
  }
  if (format === "markdown") io.stdout.write(comparisonMarkdown(comparison));
  else if (format === "json") io.stdout.write(comparisonJson(comparison));
  return comparison;
}
var compareCommand = {
  summary: "compare a head result with a baseline result (deltas, intervals, gate verdicts)",
  usage: [
    "Usage: evalgate compare --base BASE.json --head HEAD.json [--config .github/evalgate.yml] [--out comparison.json]",
    "                        [--format markdown|json|none]",
    "",
    "Gates and comparison settings come from --config (default .github/evalgate.yml when it exists). Prints the",
    "report; exit 0 whatever the verdict (use `evalgate gate` to fail on it), 2 on bad input."
  ].join("\n"),
  options,
  async run(values, _positionals, io) {
    await runComparison(values, io);
    return 0;
  }
};
var gateCommand = {
  summary: "compare and exit 1 when a gate fails (the CI step)",
  usage: [
    "Usage: evalgate gate --base BASE.json --head HEAD.json [--config .github/evalgate.yml] [--out comparison.json]",
    "                     [--format markdown|json|none] [--fail-on fail|warn|never]",
    "",
    "Exit codes: 0 pass (or advisory, or --fail-on never), 1 a gate failed (or warned with --fail-on warn, or the",
    "results are not comparable), 2 usage or input error."
  ].join("\n"),
  options: { ...options, "fail-on": { type: "string", default: "fail" } },
  async run(values, _positionals, io) {
    const failOn = stringOption(values, "fail-on") ?? "fail";
    if (!["fail", "warn", "never"].includes(failOn))
      throw new UsageError(`--fail-on must be fail, warn or never, got ${JSON.stringify(failOn)}`);
    const comparison = await runComparison(values, io);
    const v = comparison.verdict;
    const failed = failOn !== "never" && (v === "fail" || v === "not_comparable" || failOn === "warn" && v === "warn");
    io.stderr.write(`verdict: ${v}${failed ? " (exit 1)" : ""}
`);
    return failed ? 1 : 0;
  }
};

// src/evaluate/run-command.ts
import { spawn } from "node:child_process";
async function runSuiteCommand(suiteName, command, cwd, log3) {
  log3(`[${suiteName}] running: ${command}`);
  const started = Date.now();
  const stderrTail = [];
  const code = await new Promise((resolveRun, reject) => {
    const child = spawn(command, { cwd, shell: true, stdio: ["ignore", "inherit", "pipe"] });
    child.stderr.on("data", (chunk) => {
      process.stderr.write(chunk);
      for (const line of chunk.toString("utf8").split("\n")) if (line.trim()) stderrTail.push(line);
      if (stderrTail.length > 20) stderrTail.splice(0, stderrTail.length - 20);
    });
    child.on("error", reject);
    child.on("close", (status, signal) => resolveRun(status ?? signal ?? "unknown"));
  });
  if (code !== 0) {
    const last = stderrTail.slice(-3).join(" | ");
    throw new InputError({
      field: `suite ${suiteName}: run`,
      message: `the command exited with ${typeof code === "number" ? `status ${code}` : `signal ${code}`}${last ? `; stderr: ${last}` : ""}`
    });
  }
  log3(`[${suiteName}] command finished in ${((Date.now() - started) / 1e3).toFixed(1)} s`);
}

// src/evaluate/evaluate.ts
function selectSuites(config, name) {
  if (name === void 0) return config.suites;
  const suite = config.suites.find((s) => s.name === name);
  if (!suite) {
    throw new InputError({
      file: config.file,
      field: "suite",
      message: `no suite named ${JSON.stringify(name)}; the config has ${config.suites.map((s) => JSON.stringify(s.name)).join(", ")}`
    });
  }
  return [suite];
}
async function evaluateConfig(config, options2 = {}) {
  const log3 = options2.log ?? (() => {
  });
  const suites = [];
  for (const suite of selectSuites(config, options2.suite)) {
    if (suite.run && options2.runCommands !== false)
      await runSuiteCommand(suite.name, suite.run, config.root, log3);
    suites.push(await evaluateSuite(suite, log3));
  }
  return {
    kind: "evalgate-result",
    schema_version: 1,
    tool: { name: "evalgate", version: TOOL_VERSION, metric_definitions: METRIC_DEFINITIONS_VERSION },
    created_at: (options2.now?.() ?? /* @__PURE__ */ new Date()).toISOString(),
    git: options2.git ?? null,
    config_fingerprint: config.fingerprint,
    suites
  };
}
async function evaluateSuite(suite, log3) {
  return FAMILIES[suite.task].evaluate(suite, log3);
}

// src/cli/commands/evaluate.ts
var evaluateCommand = {
  summary: "run the suites and write a result artifact",
  usage: [
    "Usage: evalgate evaluate --out result.json [--config .github/evalgate.yml] [--suite NAME] [--root DIR]",
    "                         [--no-run] [--format markdown|json|none]",
    "",
    "Runs each suite's `run:` command (unless --no-run), evaluates golden set against predictions per slice,",
    "writes the result atomically to --out and prints a report (markdown by default) to stdout."
  ].join("\n"),
  options: {
    ...configOptions,
    out: { type: "string", short: "o" },
    "no-run": { type: "boolean", default: false },
    format: { type: "string", default: "markdown" }
  },
  async run(values, _positionals, io) {
    const out = stringOption(values, "out");
    if (!out) throw new UsageError("--out is required (where to write the result JSON)");
    const format = stringOption(values, "format") ?? "markdown";
    if (!["markdown", "json", "none"].includes(format))
      throw new UsageError(`--format must be markdown, json or none, got ${JSON.stringify(format)}`);
    const config = await loadConfigFrom(values);
    const result = await evaluateConfig(config, {
      suite: stringOption(values, "suite"),
      runCommands: values["no-run"] !== true,
      git: gitInfo(config.root),
      log: (line) => io.stderr.write(`${line}
`)
    });
    await writeResult(out, result);
    io.stderr.write(`wrote ${out}
`);
    if (format === "markdown") io.stdout.write(resultMarkdown(result));
    else if (format === "json")
      io.stdout.write(
        `${JSON.stringify({ ...result, suites: result.suites.map(({ examples: _e, ...s }) => s) }, null, 2)}
`
      );
    return 0;
  }
};

// src/cli/commands/report.ts
var reportCommand = {
  summary: "print a result artifact as markdown or JSON",
  usage: "Usage: evalgate report RESULT.json [--format markdown|json]",
  options: { format: { type: "string", default: "markdown" } },
  allowPositionals: true,
  async run(values, positionals, io) {
    if (positionals.length !== 1) throw new UsageError("expected exactly one result file");
    const format = stringOption(values, "format") ?? "markdown";
    if (!["markdown", "json"].includes(format))
      throw new UsageError(`--format must be markdown or json, got ${JSON.stringify(format)}`);
    const result = await readResult(positionals[0]);
    if (format === "markdown") io.stdout.write(resultMarkdown(result));
    else
      io.stdout.write(
        `${JSON.stringify({ ...result, suites: result.suites.map(({ examples: _e, ...s }) => s) }, null, 2)}
`
      );
    return 0;
  }
};

// src/cli/commands/validate.ts
var validateCommand = {
  summary: "check the config and every suite's data files (no metrics)",
  usage: [
    "Usage: evalgate validate [--config .github/evalgate.yml] [--suite NAME] [--root DIR]",
    "",
    "Validates the config against its schema, then reads each suite's golden set and predictions with every",
    "data check (ids, labels, scores, joins). Does not run `run:` commands. Exit 0 when valid, 2 otherwise."
  ].join("\n"),
  options: { ...configOptions },
  async run(values, _positionals, io) {
    const config = await loadConfigFrom(values);
    io.stdout.write(`config ${config.file}: valid (${config.suites.length} suite(s))
`);
    for (const suite of selectSuites(config, stringOption(values, "suite"))) {
      const result = await evaluateSuite(suite, (line) => io.stderr.write(`${line}
`));
      io.stdout.write(
        `suite ${suite.name}: ${formatCount(result.golden.n)} golden examples, ${formatCount(result.predictions.n)} predictions, ${result.labels.length} labels, coverage ${(result.predictions.coverage * 100).toFixed(1)}%: valid
`
      );
    }
    return 0;
  }
};

// src/cli/main.ts
var EXIT = { ok: 0, gateFailed: 1, inputError: 2, internalError: 3 };
var UsageError = class extends Error {
};
var COMMANDS = {
  validate: validateCommand,
  evaluate: evaluateCommand,
  report: reportCommand,
  compare: compareCommand,
  gate: gateCommand
};
function help() {
  const lines = [
    `evalgate ${TOOL_VERSION}: evaluation gates for ML/NLP changes`,
    "",
    "Usage: evalgate <command> [options]",
    "",
    "Commands:",
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`),
    "",
    "Run `evalgate <command> --help` for its options.",
    "Exit codes: 0 success, 1 a gate failed, 2 usage or input error, 3 internal error."
  ];
  return lines.join("\n") + "\n";
}
async function main(argv, io) {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.stdout.write(help());
    return name ? EXIT.ok : EXIT.inputError;
  }
  if (name === "--version" || name === "-v") {
    io.stdout.write(`${TOOL_VERSION}
`);
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr.write(`evalgate: unknown command ${JSON.stringify(name)}

${help()}`);
    return EXIT.inputError;
  }
  try {
    if (rest.includes("--help") || rest.includes("-h")) {
      io.stdout.write(`${command.usage}
`);
      return EXIT.ok;
    }
    let parsed;
    try {
      parsed = parseArgs({
        args: rest,
        options: command.options,
        allowPositionals: command.allowPositionals ?? false,
        strict: true
      });
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error));
    }
    return await command.run(
      parsed.values,
      parsed.positionals,
      io
    );
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`evalgate ${name}: ${oneLine(error.message)}
${command.usage}
`);
      return EXIT.inputError;
    }
    if (error instanceof InputError) {
      io.stderr.write(`evalgate ${name}: ${error.message}
`);
      return EXIT.inputError;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`evalgate ${name}: internal error: ${oneLine(message)}
`);
    if (process.env.EVALGATE_DEBUG && error instanceof Error) io.stderr.write(`${error.stack}
`);
    return EXIT.internalError;
  }
}

// src/cli/index.ts
if (isDecodeWorker()) serveDecodeTasks();
else process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
