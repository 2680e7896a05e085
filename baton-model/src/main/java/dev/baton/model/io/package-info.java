/**
 * Reading YAML and JSON files into Jackson trees and walking them field by field, so that every problem in a file is
 * reported with its path instead of the first one aborting the read.
 */
package dev.baton.model.io;
