import KioskConfig

/// A copy of a configuration with other site settings.
enum KioskConfigurationProbe {
  static func with(site: SiteSettings, _ c: KioskConfiguration) -> KioskConfiguration {
    KioskConfiguration(directory: c.directory, site: site, ruleBook: c.ruleBook, catalogs: c.catalogs,
                       checklists: c.checklists, documents: c.documents, warnings: c.warnings)
  }

  /// The bundled configuration on a kiosk with neither scanner nor USB port.
  static var withoutDevices: KioskConfiguration {
    var site = Bundled.config.site
    site.devices.scanner = nil
    site.devices.usbRoot = nil
    return with(site: site, Bundled.config)
  }
}
